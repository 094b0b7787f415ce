package ru.schooljournal.reports.control;

import static ru.schooljournal.platform.NativeRows.date;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.schooljournal.journal.boundary.FinalMarks;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.control.ProgressFigures.StudentMarks;
import ru.schooljournal.roster.control.PersonName;

/**
 * Reads what the reports of a period stand on, in a fixed number of statements whatever the number of
 * classes, students and marks: the period and its neighbours (the previous one, the same one last year), the
 * classes that keep that kind of period, and each class's roll at the period's end with every student's period
 * mark in each subject they are taught — a subject taught in groups, their group's; a mark not set is
 * {@code null}. No access check: the boundary that uses it checks first.
 */
public final class PeriodRolls {

    public record Period(long id, long schoolId, long yearId, String kind, int number, LocalDate startsOn,
                         LocalDate endsOn, String name) {
    }

    public record SchoolClassLine(long id, int grade, String letter, String classTeacher) {
        public String name() {
            return grade + letter;
        }
    }

    private final EntityManager em;

    public PeriodRolls(EntityManager em) {
        this.em = em;
    }

    /** The period, or a refusal naming it missing. */
    public Period period(long periodId) {
        List<Object[]> found = rows("""
                select p.id, p.school_id, p.year_id, p.kind, p.number, p.starts_on, p.ends_on
                from study_period p where p.id = ?1""", periodId);
        if (found.isEmpty()) {
            throw new RuleViolation("journal.periodNotFound");
        }
        return period(found.get(0));
    }

    private static Period period(Object[] r) {
        return new Period(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                (String) r[3], ((Number) r[4]).intValue(), date(r[5]), date(r[6]),
                FinalMarks.periodName((String) r[3], ((Number) r[4]).intValue()));
    }

    /** The previous period of the same kind this year, or ({@code lastYear}) the same period a year before. */
    public Period neighbour(Period p, boolean lastYear) {
        List<Object[]> found = lastYear ? rows("""
                select p.id, p.school_id, p.year_id, p.kind, p.number, p.starts_on, p.ends_on
                from study_period p join academic_year y on y.id = p.year_id
                where y.school_id = ?1 and y.ends_on < ?2 and p.kind = ?3 and p.number = ?4
                order by y.ends_on desc limit 1""", p.schoolId(), p.startsOn(), p.kind(), p.number())
                : rows("""
                select p.id, p.school_id, p.year_id, p.kind, p.number, p.starts_on, p.ends_on
                from study_period p where p.year_id = ?1 and p.kind = ?2 and p.number = ?3""",
                p.yearId(), p.kind(), p.number() - 1);
        return found.isEmpty() ? null : period(found.get(0));
    }

    /** The classes that keep this kind of period (grade 1 has no marks), in order. */
    public List<SchoolClassLine> classes(Period p, Set<Long> only) {
        return rows("""
                select c.id, c.grade, c.letter, t.last_name, t.first_name, t.middle_name from school_class c
                join grade_period_kind g on g.year_id = c.year_id and g.grade = c.grade
                left join person t on t.id = c.class_teacher_id
                where c.year_id = ?1 and g.kind = ?2 and c.grade > 1 order by c.grade, c.letter""",
                p.yearId(), p.kind()).stream()
                .filter(r -> only == null || only.contains(((Number) r[0]).longValue()))
                .map(r -> new SchoolClassLine(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                        r[3] == null ? "" : PersonName.initials((String) r[3], (String) r[4], (String) r[5])))
                .toList();
    }

    /**
     * Each class's roll at the period's end with every student's period mark in each subject they are taught
     * (a subject taught in groups: their group's), three statements for all the classes.
     */
    public Map<Long, List<StudentMarks>> rolls(Period p, List<SchoolClassLine> classes) {
        Map<Long, List<StudentMarks>> byClass = new LinkedHashMap<>();
        if (classes.isEmpty()) {
            return byClass;
        }
        String in = classes.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(","));
        Map<Long, Map<String, Set<Long>>> groupsOf = new HashMap<>(); // class → subject → class subjects
        Map<Long, Set<String>> plainSubjects = new HashMap<>();
        Map<Long, String> subjectOf = new HashMap<>();
        for (Object[] r : rows("""
                select cs.id, cs.class_id, s.name, cs.group_no from class_subject cs join subject s on s.id = cs.subject_id
                where cs.class_id in (%s)""".formatted(in))) {
            long cs = ((Number) r[0]).longValue();
            long cls = ((Number) r[1]).longValue();
            subjectOf.put(cs, (String) r[2]);
            if (r[3] == null) {
                plainSubjects.computeIfAbsent(cls, k -> new TreeSet<>()).add((String) r[2]);
            } else {
                groupsOf.computeIfAbsent(cls, k -> new HashMap<>()).computeIfAbsent((String) r[2], k -> new HashSet<>())
                        .add(cs);
            }
        }
        Map<Long, Set<Long>> groupsOfStudent = new HashMap<>();
        for (Object[] r : rows("""
                select g.student_id, g.class_subject_id from subgroup_member g join class_subject cs on cs.id = g.class_subject_id
                where cs.class_id in (%s) and g.from_on <= ?1 and (g.to_on is null or g.to_on >= ?1)""".formatted(in),
                p.endsOn())) {
            groupsOfStudent.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).longValue());
        }
        Map<String, String> marks = new HashMap<>(); // student/subject → value
        for (Object[] r : rows("""
                select fm.student_id, fm.class_subject_id, fm.value from final_mark fm
                join class_subject cs on cs.id = fm.class_subject_id
                where cs.class_id in (%s) and fm.kind = 'PERIOD' and fm.period_id = ?1""".formatted(in), p.id())) {
            marks.put(((Number) r[0]).longValue() + "/" + subjectOf.get(((Number) r[1]).longValue()), (String) r[2]);
        }
        for (Object[] r : rows("""
                select m.class_id, s.id, s.last_name, s.first_name, s.middle_name from class_membership m
                join person s on s.id = m.student_id
                where m.class_id in (%s) and m.enrolled_on <= ?1 and (m.left_on is null or m.left_on >= ?1)
                order by s.last_name, s.first_name, s.middle_name, s.id""".formatted(in), p.endsOn())) {
            long cls = ((Number) r[0]).longValue();
            long student = ((Number) r[1]).longValue();
            Set<String> subjects = new TreeSet<>(plainSubjects.getOrDefault(cls, Set.of()));
            Set<Long> mine = groupsOfStudent.getOrDefault(student, Set.of());
            groupsOf.getOrDefault(cls, Map.of()).forEach((subject, groups) -> {
                if (groups.stream().anyMatch(mine::contains)) {
                    subjects.add(subject);
                }
            });
            Map<String, String> bySubject = new LinkedHashMap<>();
            for (String subject : subjects) {
                bySubject.put(subject, marks.get(student + "/" + subject));
            }
            byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(new StudentMarks(student,
                    PersonName.withFirstName((String) r[2], (String) r[3], (String) r[4]), bySubject));
        }
        return byClass;
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }
}
