package ru.schooljournal.journal.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.platform.RuleViolation;

/**
 * What a teacher types into a cell of the journal grid, and how the cell shows what is stored: an
 * attendance mark first — Н (absent), О (late), or an absence with its reason УП, НП, Б, ОСВ (the class
 * teacher's) — then the marks, each a number with the letter of its work type unless it is the lesson's
 * (5, 4к, 3с). «Н 5к» is an absent student marked for a control work they handed in.
 */
public record Cell(Attendance.Kind attendance, Attendance.Reason reason, List<Entry> marks) {

    /** One mark in a cell: its value and the letter of its work type (null: the lesson's work type). */
    public record Entry(int value, String key) {
    }

    public static final Cell EMPTY = new Cell(null, null, List.of());

    private static final Pattern MARK = Pattern.compile("(\\d{1,2})([а-яё]{0,2})");
    private static final Map<String, Attendance.Reason> REASONS = Map.of(
            "УП", Attendance.Reason.VALID, "НП", Attendance.Reason.NOT_VALID,
            "Б", Attendance.Reason.ILLNESS, "ОСВ", Attendance.Reason.EXCUSED);

    public Cell {
        marks = List.copyOf(marks);
    }

    /** Reads a cell as typed; a token it cannot read is refused with the token named. */
    public static Cell parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        Attendance.Kind kind = null;
        Attendance.Reason reason = null;
        List<Entry> marks = new ArrayList<>();
        for (String raw : text.trim().split("[\\s,;]+")) {
            String token = cyrillic(raw);
            String upper = token.toUpperCase(Locale.ROOT);
            Matcher m = MARK.matcher(token.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                marks.add(new Entry(Integer.parseInt(m.group(1)), m.group(2).isEmpty() ? null : m.group(2)));
            } else if (kind == null && upper.equals("Н")) {
                kind = Attendance.Kind.ABSENT;
            } else if (kind == null && upper.equals("О")) {
                kind = Attendance.Kind.LATE;
            } else if (kind == null && REASONS.containsKey(upper)) {
                kind = Attendance.Kind.ABSENT;
                reason = REASONS.get(upper);
            } else {
                throw new RuleViolation("journal.cell.unreadable", raw);
            }
        }
        return new Cell(kind, reason, marks);
    }

    /** The cell as the grid shows it; {@code lessonKey} is the letter of the lesson's own work type. */
    public String format(String lessonKey) {
        StringBuilder sb = new StringBuilder();
        if (attendance != null) {
            sb.append(attendanceText(attendance, reason));
        }
        for (Entry e : marks) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(e.value());
            if (e.key() != null && !Objects.equals(e.key(), lessonKey)) {
                sb.append(e.key());
            }
        }
        return sb.toString();
    }

    /** Н, О, or the reason of an absence (УП, НП, Б, ОСВ). */
    public static String attendanceText(Attendance.Kind kind, Attendance.Reason reason) {
        if (kind == Attendance.Kind.LATE) {
            return "О";
        }
        if (reason == null) {
            return "Н";
        }
        return REASONS.entrySet().stream().filter(e -> e.getValue() == reason).findFirst().orElseThrow().getKey();
    }

    /** The same cell with the letters of marks typed without one filled in with the lesson's. */
    public Cell withLessonKey(String lessonKey) {
        return new Cell(attendance, reason, marks.stream()
                .map(e -> e.key() == null ? new Entry(e.value(), lessonKey) : e).toList());
    }

    /** Latin look-alikes typed on an English keyboard layout read as the Cyrillic letters they look like. */
    private static String cyrillic(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            sb.append(switch (c) {
                case 'H' -> 'Н';
                case 'O' -> 'О';
                case 'o' -> 'о';
                case 'B' -> 'В';
                case 'P' -> 'Р';
                case 'C' -> 'С';
                case 'c' -> 'с';
                case 'p' -> 'р';
                default -> c;
            });
        }
        return sb.toString();
    }
}
