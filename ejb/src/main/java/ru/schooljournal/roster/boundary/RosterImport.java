package ru.schooljournal.roster.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.roster.entity.ClassMembership;
import ru.schooljournal.roster.entity.Guardianship;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.roster.entity.Relation;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.roster.entity.Sex;
import ru.schooljournal.school.entity.School;

/**
 * Class lists with parents imported from a spreadsheet (SPEC §3–4; STUDENT_KEEP for the whole school — the
 * secretary): first a preview that gives every row's errors in words; the import itself checks again and
 * writes nothing while any error remains, and writes everything in one transaction — never half.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class RosterImport {

    /** One row as read from the file: texts as typed (the page reads the spreadsheet). */
    public record Row(int line, String className, String lastName, String firstName, String middleName, String sex,
                      String birthDate, String parent1, String relation1, String phone1, String parent2,
                      String relation2, String phone2) implements Serializable {
    }

    /** A problem with a row: the key of the message and its arguments. */
    public record Problem(String messageKey, List<Object> args) implements Serializable {
    }

    /** A row and what is wrong with it (nothing, when it will be imported). */
    public record Checked(Row row, List<Problem> problems) implements Serializable {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** Every row with its problems; nothing is written. */
    /** Asked before an uploaded file is even read: only who may keep the school's students imports them. */
    public void requireRight() {
        policy.check(Operation.STUDENT_KEEP, Target.school(currentCaller.get().schoolId()));
    }

    public List<Checked> check(List<Row> rows) {
        Caller me = currentCaller.get();
        policy.check(Operation.STUDENT_KEEP, Target.school(me.schoolId()));
        Map<String, Long> classes = classes(me.schoolId());
        Set<String> known = new HashSet<>();
        em.createQuery("select lower(concat(p.lastName, ' ', p.firstName)), p.birthDate from Person p where p.school.id = :s "
                        + "and p.birthDate is not null", Object[].class)
                .setParameter("s", me.schoolId()).getResultList()
                .forEach(r -> known.add(r[0] + "|" + r[1]));
        Set<String> inFile = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (Row r : rows) {
            List<Problem> problems = new ArrayList<>();
            if (!classes.containsKey(normalClass(r.className()))) {
                problems.add(problem("import.noClass", blank(r.className()) ? "—" : r.className()));
            }
            if (blank(r.lastName()) || blank(r.firstName())) {
                problems.add(problem("import.noName"));
            } else if (tooLong(r.lastName()) || tooLong(r.firstName()) || tooLong(r.middleName())) {
                problems.add(problem("import.nameTooLong"));
            } else if (!PersonName.valid(r.lastName()) || !PersonName.valid(r.firstName())
                    || !PersonName.validOrAbsent(r.middleName())) {
                problems.add(problem("import.nameInvalid"));
            }
            if (sex(r.sex()) == null) {
                problems.add(problem("import.badSex", blank(r.sex()) ? "—" : r.sex()));
            }
            LocalDate birth = date(r.birthDate());
            if (birth == null && !blank(r.birthDate()) && r.birthDate().strip().matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                // In the form asked for, but no day of the calendar (31.02.2012): say that, not «use the form».
                problems.add(problem("import.noSuchBirthDate", r.birthDate().strip()));
            } else if (birth == null) {
                problems.add(problem("import.badBirthDate", blank(r.birthDate()) ? "—" : r.birthDate()));
            } else if (birth.isAfter(LocalDate.now().minusYears(5)) || birth.isBefore(LocalDate.now().minusYears(21))) {
                problems.add(problem("import.implausibleBirthDate", r.birthDate()));
            }
            if (birth != null && !blank(r.lastName()) && !blank(r.firstName())) {
                String key = (r.lastName().strip() + " " + r.firstName().strip()).toLowerCase(Locale.ROOT) + "|" + birth;
                if (known.contains(key)) {
                    problems.add(problem("import.alreadyInSchool"));
                } else if (!inFile.add(key)) {
                    problems.add(problem("import.twiceInFile"));
                }
            }
            parentProblems(r.parent1(), r.relation1(), r.phone1(), 1, problems);
            parentProblems(r.parent2(), r.relation2(), r.phone2(), 2, problems);
            checked.add(new Checked(r, problems));
        }
        return checked;
    }

    /**
     * Imports the rows: students with their class membership from {@code enrolledOn}, their parents and the
     * links between them. Refused, with nothing written, while any row has a problem. Returns the number of
     * students written.
     */
    public int apply(List<Row> rows, LocalDate enrolledOn) {
        Caller me = currentCaller.get();
        List<Checked> checked = check(rows);
        long bad = checked.stream().filter(c -> !c.ok()).count();
        if (bad > 0) {
            throw new RuleViolation("import.hasErrors", bad);
        }
        if (enrolledOn == null) {
            throw new RuleViolation("import.noDate");
        }
        School school = em.find(School.class, me.schoolId());
        Map<String, Long> classes = classes(me.schoolId());
        Map<String, Person> parentsByPhone = new HashMap<>();
        for (Row r : rows) {
            SchoolClass c = em.find(SchoolClass.class, classes.get(normalClass(r.className())));
            Person student = new Person(school, r.lastName().strip(), r.firstName().strip(), strip(r.middleName()), sex(r.sex()));
            student.setBirthDate(date(r.birthDate()));
            em.persist(student);
            em.persist(new ClassMembership(c, student, enrolledOn.isBefore(c.getYear().getStartsOn())
                    ? c.getYear().getStartsOn() : enrolledOn));
            addParent(school, student, r.parent1(), r.relation1(), r.phone1(), parentsByPhone);
            addParent(school, student, r.parent2(), r.relation2(), r.phone2(), parentsByPhone);
        }
        return rows.size();
    }

    private void addParent(School school, Person child, String fio, String relation, String phone,
                           Map<String, Person> byPhone) {
        if (blank(fio)) {
            return;
        }
        String[] parts = fio.strip().split("\\s+");
        String phoneKey = blank(phone) ? null : phone.replaceAll("\\D", "");
        // Brothers and sisters in one file share their parent (the same name and telephone).
        String key = phoneKey == null ? null : fio.strip().toLowerCase(Locale.ROOT) + "|" + phoneKey;
        Person parent = key == null ? null : byPhone.get(key);
        if (parent == null) {
            Relation rel = relation(relation);
            parent = new Person(school, parts[0], parts[1], parts.length > 2 ? parts[2] : null,
                    rel == Relation.FATHER ? Sex.M : Sex.F);
            parent.setPhone(blank(phone) ? null : phone.strip());
            em.persist(parent);
            if (key != null) {
                byPhone.put(key, parent);
            }
        }
        em.persist(new Guardianship(parent, child, relation(relation)));
    }

    private static void parentProblems(String fio, String relation, String phone, int n, List<Problem> problems) {
        if (blank(fio)) {
            if (!blank(relation) || !blank(phone)) {
                problems.add(problem("import.parentNoName", n));
            }
            return;
        }
        String[] parts = fio.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 4 || tooLong(fio)
                || java.util.Arrays.stream(parts).anyMatch(part -> !PersonName.valid(part))) {
            problems.add(problem("import.parentBadName", n, fio));
        }
        if (relation(relation) == null) {
            problems.add(problem("import.parentBadRelation", n, blank(relation) ? "—" : relation));
        }
        if (!blank(phone) && !phone.replaceAll("[\\s()+-]", "").matches("\\d{10,11}")) {
            problems.add(problem("import.parentBadPhone", n, phone));
        }
    }

    private Map<String, Long> classes(long schoolId) {
        Map<String, Long> classes = new HashMap<>();
        em.createQuery("""
                        select c.id, c.grade, c.letter from SchoolClass c where c.school.id = :s and c.year.current = true""",
                        Object[].class)
                .setParameter("s", schoolId).getResultList()
                .forEach(r -> classes.put(normalClass(r[1] + (String) r[2]), (Long) r[0]));
        return classes;
    }

    static String normalClass(String name) {
        return name == null ? "" : name.replaceAll("[\\s-«»\"]", "").toUpperCase(Locale.ROOT).replace('A', 'А')
                .replace('B', 'В').replace('E', 'Е').replace('K', 'К').replace('M', 'М').replace('H', 'Н')
                .replace('O', 'О').replace('P', 'Р').replace('C', 'С').replace('T', 'Т').replace('X', 'Х');
    }

    static Sex sex(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "м", "муж", "мужской", "m" -> Sex.M;
            case "ж", "жен", "женский", "f" -> Sex.F;
            default -> null;
        };
    }

    static Relation relation(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "мать", "мама" -> Relation.MOTHER;
            case "отец", "папа" -> Relation.FATHER;
            case "законный представитель", "опекун", "попечитель" -> Relation.GUARDIAN;
            default -> null;
        };
    }

    static LocalDate date(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return s.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s.strip()) : LocalDate.parse(s.strip(), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Problem problem(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s) {
        return s != null && s.length() > 100;
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
