package ru.schooljournal.roster.control;

import java.util.regex.Pattern;

/**
 * The one rule for a person's surname, first name and patronymic, wherever a name comes in (the roster
 * import, a new member of staff, the first setup, the personal card): Russian letters, with a hyphen, a
 * space or an apostrophe between them («Салтыков-Щедрин», «Д'Арк», «Мария Луиза»), up to 100 characters.
 * Nothing else gets in — no digits, no markup — so a name is always safe to show as it is.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 100;
    private static final Pattern PART = Pattern.compile("[А-ЯЁа-яё](?:[А-ЯЁа-яё'’ -]*[А-ЯЁа-яё])?");

    private PersonName() {
    }

    /** True for a name part that keeps the rule (surrounding spaces aside); false for blank or anything else. */
    public static boolean valid(String part) {
        if (part == null) {
            return false;
        }
        String s = part.strip();
        return !s.isEmpty() && s.length() <= MAX_LENGTH && PART.matcher(s).matches();
    }

    /** True for a part that is either absent (blank) or keeps the rule: a patronymic may be missing. */
    public static boolean validOrAbsent(String part) {
        return part == null || part.isBlank() || valid(part);
    }

    /** «Иванов И. И.»: how the journal prints a member of staff (the patronymic's initial only when there is one). */
    public static String initials(String last, String first, String middle) {
        return last + " " + first.charAt(0) + "." + (middle == null || middle.isBlank() ? "" : " " + middle.charAt(0) + ".");
    }

    /** «Иванов Иван Иванович»: the whole name, as a diary or a card heads it. */
    public static String full(String last, String first, String middle) {
        return last + " " + first + (middle == null || middle.isBlank() ? "" : " " + middle);
    }

    /** «Иванов Иван И.»: a student in the journal's rows, the first name whole. */
    public static String withFirstName(String last, String first, String middle) {
        return last + " " + first + (middle == null || middle.isBlank() ? "" : " " + middle.charAt(0) + ".");
    }
}
