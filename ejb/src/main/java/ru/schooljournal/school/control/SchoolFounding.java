package ru.schooljournal.school.control;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import ru.schooljournal.access.control.PasswordHash;
import ru.schooljournal.access.control.PasswordRule;
import ru.schooljournal.access.entity.Account;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.journal.entity.WorkType;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.roster.entity.Sex;
import ru.schooljournal.school.entity.Bell;
import ru.schooljournal.school.entity.School;

/**
 * Founding a school in the installation: the school (name, code, time zone), its starting reference data —
 * the usual work types and a usual bell schedule, both edited later — and its administrator's account with
 * the password they chose. Who may found one is the caller's business ({@code Installation}: the first
 * school of an empty installation, with the setup code).
 */
public final class SchoolFounding {

    private static final Logger LOG = Logger.getLogger(SchoolFounding.class.getName());

    /** What the person founding the school fills in. */
    public record FirstSchool(String schoolName, String shortName, String code, String timeZone,
                              String lastName, String firstName, String middleName, Sex sex,
                              String login, String password, String passwordAgain) implements Serializable {
    }

    /** A usual bell schedule to start from (45-minute lessons); the school edits it in «Звонки». */
    static final List<LocalTime[]> STARTING_BELLS = List.of(
            bell("08:30", "09:15"), bell("09:25", "10:10"), bell("10:30", "11:15"), bell("11:35", "12:20"),
            bell("12:30", "13:15"), bell("13:25", "14:10"), bell("14:20", "15:05"));

    private SchoolFounding() {
    }

    /** The school with its starting reference data (work types, bells) and its administrator's account. */
    public static long found(EntityManager em, FirstSchool form) {
        String name = clean(form.schoolName());
        String shortName = clean(form.shortName());
        String code = clean(form.code()).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 300) {
            throw new RuleViolation("firstSetup.schoolNameRequired");
        }
        if (shortName.isEmpty() || shortName.length() > 120) {
            throw new RuleViolation("firstSetup.shortNameRequired");
        }
        if (!code.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw new RuleViolation("firstSetup.codeRule");
        }
        String zone = clean(form.timeZone()).isEmpty() ? "Europe/Moscow" : clean(form.timeZone());
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new RuleViolation("firstSetup.badTimeZone", zone);
        }
        String last = clean(form.lastName());
        String first = clean(form.firstName());
        if (last.isEmpty() || first.isEmpty() || last.length() > 100 || first.length() > 100
                || clean(form.middleName()).length() > 100) {
            throw new RuleViolation("firstSetup.adminName");
        }
        if (!PersonName.valid(last) || !PersonName.valid(first) || !PersonName.validOrAbsent(form.middleName())) {
            throw new RuleViolation("firstSetup.adminNameInvalid");
        }
        if (form.sex() == null) {
            throw new RuleViolation("firstSetup.sex");
        }
        String login = clean(form.login());
        if (!login.matches("[A-Za-z0-9._-]{3,100}")) {
            throw new RuleViolation("firstSetup.loginRule");
        }
        if (form.password() == null || !form.password().equals(form.passwordAgain())) {
            throw new RuleViolation("password.mismatch");
        }
        PasswordRule.violation(login, form.password()).ifPresent(key -> {
            throw new RuleViolation(key, PasswordRule.MIN_LENGTH);
        });
        if (!em.createQuery("select s.id from School s where s.code = :c", Long.class)
                .setParameter("c", code).getResultList().isEmpty()) {
            throw new RuleViolation("firstSetup.codeTaken", code);
        }
        if (!em.createQuery("select a.id from Account a where lower(a.login) = :l", Long.class)
                .setParameter("l", login.toLowerCase(Locale.ROOT)).getResultList().isEmpty()) {
            throw new RuleViolation("firstSetup.loginTaken", login);
        }
        School school = new School(code, name, shortName);
        school.setTimeZone(zone);
        em.persist(school);
        WorkType.DEFAULTS.forEach(w -> em.persist(new WorkType(school, w)));
        for (int i = 0; i < STARTING_BELLS.size(); i++) {
            em.persist(new Bell(school, i + 1, STARTING_BELLS.get(i)[0], STARTING_BELLS.get(i)[1]));
        }
        String middle = clean(form.middleName());
        Person admin = new Person(school, last, first, middle.isEmpty() ? null : middle, form.sex());
        admin.setPosition("Администратор");
        em.persist(admin);
        em.flush(); // the school's and the administrator's ids, for the account
        Account account = Account.ofPerson(school.getId(), admin.getId(), login, PasswordHash.hash(form.password()),
                EnumSet.of(Role.ADMIN));
        account.setMustChangePassword(false); // they have just chosen it
        em.persist(account);
        em.flush();
        LOG.info(() -> "First setup: school " + code + " and its administrator " + login + " created");
        return school.getId();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static LocalTime[] bell(String from, String to) {
        return new LocalTime[] {LocalTime.parse(from), LocalTime.parse(to)};
    }
}
