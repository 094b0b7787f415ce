package ru.schooljournal.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.journal.boundary.FinalMarks;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.platform.NativeRows;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;

/**
 * «Сводная ведомость успеваемости» of a class for the year (SPEC §8): every student who was in the class this
 * year (one who left is marked so), per subject the period marks, the year, exam and final marks as the
 * journal holds them, and the lessons missed — all and for a good reason ({@link Attendance.Reason#good}).
 * The class teacher's own class, or any class with REPORTS_ALL_CLASSES; five statements.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class SummarySheet {

    /** A column of marks: a period («1 четверть»), or the year, exam or final ({@code periodId} null). */
    public record MarkColumn(String key, String title) implements Serializable {
    }

    public record StudentLine(String name, String note, Map<String, Map<String, String>> marks, int missed,
                              int missedGood) implements Serializable {

        /** The mark of a subject in a column, or "". */
        public String mark(String subject, String column) {
            return marks.getOrDefault(subject, Map.of()).getOrDefault(column, "");
        }
    }

    public record Sheet(String school, ZoneId zone, String className, String year, Instant builtAt,
                        List<String> subjects, List<MarkColumn> columns, List<StudentLine> students)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public Sheet of(long classId) {
        Caller me = currentCaller.get();
        ReportReach.narrowed(ReportReach.of(policy, me), classId, me);
        List<Object[]> found = rows("""
                select c.grade || c.letter, y.name, y.id, c.grade, s.name, s.time_zone from school_class c
                join academic_year y on y.id = c.year_id join school s on s.id = c.school_id
                where c.id = ?1 and c.school_id = ?2""", classId, me.schoolId());
        if (found.isEmpty()) {
            throw new RuleViolation("movement.noClass");
        }
        Object[] cls = found.get(0);
        List<MarkColumn> columns = new ArrayList<>();
        for (Object[] p : rows("""
                select p.id, p.kind, p.number from study_period p join grade_period_kind g on g.year_id = p.year_id
                and g.kind = p.kind where p.year_id = ?1 and g.grade = ?2 order by p.number""", cls[2], cls[3])) {
            columns.add(new MarkColumn("PERIOD:" + ((Number) p[0]).longValue(),
                    FinalMarks.periodName((String) p[1], ((Number) p[2]).intValue())));
        }
        columns.add(new MarkColumn("YEAR", "год"));
        columns.add(new MarkColumn("EXAM", "экзамен"));
        columns.add(new MarkColumn("FINAL", "итоговая"));
        List<String> subjects = new ArrayList<>();
        for (Object[] r : rows("""
                select distinct s.name, s.short_name from class_subject cs join subject s on s.id = cs.subject_id
                where cs.class_id = ?1 order by s.name""", classId)) {
            subjects.add((String) r[0]);
        }
        Map<Long, Map<String, Map<String, String>>> marks = new HashMap<>();
        for (Object[] r : rows("""
                select fm.student_id, s.name, fm.kind, fm.period_id, fm.value from final_mark fm
                join class_subject cs on cs.id = fm.class_subject_id join subject s on s.id = cs.subject_id
                where cs.class_id = ?1""", classId)) {
            String column = "PERIOD".equals(r[2]) ? "PERIOD:" + ((Number) r[3]).longValue() : (String) r[2];
            marks.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .computeIfAbsent((String) r[1], k -> new LinkedHashMap<>()).put(column, (String) r[4]);
        }
        String good = String.join(",", java.util.Arrays.stream(Attendance.Reason.values())
                .filter(Attendance.Reason::good).map(x -> "'" + x.name() + "'").toList());
        Map<Long, int[]> missed = new HashMap<>();
        for (Object[] r : rows("""
                select a.student_id, count(*), count(*) filter (where a.reason in (%s)) from attendance a
                join lesson l on l.id = a.lesson_id join class_subject cs on cs.id = l.class_subject_id
                where cs.class_id = ?1 and a.kind = 'ABSENT' and not l.cancelled group by a.student_id""".formatted(good),
                classId)) {
            missed.put(((Number) r[0]).longValue(), new int[]{((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
        }
        List<StudentLine> students = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (Object[] r : rows("""
                select p.id, p.last_name, p.first_name, p.middle_name, m.left_on from class_membership m
                join person p on p.id = m.student_id where m.class_id = ?1
                order by p.last_name, p.first_name, p.middle_name, p.id, m.enrolled_on desc""", classId)) {
            long id = ((Number) r[0]).longValue();
            if (!seen.add(id)) {
                continue;
            }
            LocalDate left = r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4];
            int[] m = missed.getOrDefault(id, new int[2]);
            students.add(new StudentLine(PersonName.withFirstName((String) r[1], (String) r[2], (String) r[3]),
                    left == null ? "" : "выбыл(а) " + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(left),
                    marks.getOrDefault(id, Map.of()), m[0], m[1]));
        }
        return new Sheet((String) cls[4], ZoneId.of((String) cls[5]), (String) cls[0], (String) cls[1], Instant.now(),
                subjects, columns, students);
    }

    private List<Object[]> rows(String sql, Object... params) {
        return NativeRows.rows(em, sql, params);
    }
}
