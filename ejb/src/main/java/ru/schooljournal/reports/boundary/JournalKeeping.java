package ru.schooljournal.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.schooljournal.platform.NativeRows;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.journal.control.Averages;
import ru.schooljournal.reports.control.DateRange;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.school.entity.School;

/**
 * «Анализ ведения журналов» (SPEC §8; seed 001 §4.2, seed 004 §5.9, §6.2) for a week, a month or any dates: per
 * teacher, class and subject — lessons planned (laid out) and held, held lessons without a topic and without
 * homework, topics written after the evening deadline (from the journal's history), marks and marks per
 * student per lesson (накопляемость), students with too few marks for a period mark by the dates' end (the
 * journal's own rule, {@link Averages#fewestMarksFor}), marks corrected afterwards (from the history), and the
 * period marks missing for the latest period over. Same reach as every class report ({@link ReportReach}); a
 * fixed number of statements whatever the school's size.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class JournalKeeping {

    public record Line(String teacher, String className, String subject, int students, int planned, int held,
                       int withoutTopic, int withoutHomework, int filledLate, int marks, BigDecimal marksPerLesson,
                       int tooFewMarks, int corrected, int finalsMissing) implements Serializable {
    }

    public record Analysis(String school, ZoneId zone, LocalDate from, LocalDate to, Instant builtAt,
                           boolean wholeSchool, List<Line> lines) implements Serializable {
    }

    private record Subject(long id, long classId, int grade, String className, String subject, String teacher,
                           BigDecimal hours) {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public Analysis of(LocalDate from, LocalDate to, Long classId) {
        Caller me = currentCaller.get();
        Set<Long> only = ReportReach.narrowed(ReportReach.of(policy, me), classId, me);
        DateRange.require(from, to);
        School school = em.find(School.class, me.schoolId());
        ZoneId zone = school.zone();
        LocalDate today = LocalDate.now(zone);
        LocalDate upTo = to.isAfter(today) ? today : to;
        String scope = only == null ? "" : " and c.id in (" + ids(only) + ")";
        List<Subject> subjects = new ArrayList<>();
        for (Object[] r : rows("""
                select cs.id, c.id, c.grade, c.letter, s.name, cs.group_no, t.last_name, t.first_name, t.middle_name,
                       cs.hours_per_week
                from class_subject cs join school_class c on c.id = cs.class_id join academic_year y on y.id = c.year_id
                     join subject s on s.id = cs.subject_id left join person t on t.id = cs.teacher_id
                where c.school_id = ?1 and y.current""" + scope
                + " order by t.last_name, t.first_name, c.grade, c.letter, s.name, cs.group_no", me.schoolId())) {
            String subject = (String) r[4] + (r[5] == null ? "" : " (группа " + r[5] + ")");
            subjects.add(new Subject(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                    r[2] + (String) r[3], subject, r[6] == null ? "—" : PersonName.initials((String) r[6], (String) r[7],
                    (String) r[8]), (BigDecimal) r[9]));
        }
        if (subjects.isEmpty()) {
            return new Analysis(school.getName(), zone, from, to, Instant.now(), only == null, List.of());
        }
        String classes = ids(subjects.stream().map(Subject::classId).collect(Collectors.toSet()));
        Map<Long, long[]> lessons = new HashMap<>();
        for (Object[] r : rows("""
                select l.class_subject_id, count(*),
                       count(*) filter (where not l.cancelled and l.date <= ?3),
                       count(*) filter (where not l.cancelled and l.date <= ?3 and coalesce(trim(l.topic), '') = ''),
                       count(*) filter (where not l.cancelled and l.date <= ?3 and c.grade > 1
                                        and coalesce(trim(l.homework), '') = ''),
                       count(*) filter (where not l.cancelled and l.date <= ?3 and coalesce(trim(l.topic), '') <> ''
                                        and (select min(jc.changed_at) from journal_change jc
                                             where jc.lesson_id = l.id and jc.field = 'TOPIC')
                                            > (l.date + s.entry_deadline) at time zone s.time_zone)
                from lesson l join class_subject cs on cs.id = l.class_subject_id join school_class c on c.id = cs.class_id
                     join school s on s.id = c.school_id
                where c.id in (%s) and l.date between ?1 and ?2 group by l.class_subject_id""".formatted(classes),
                from, to, upTo)) {
            lessons.put(((Number) r[0]).longValue(), new long[]{n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])});
        }
        Map<Long, Long> marks = counts("""
                select l.class_subject_id, count(*) from mark m join lesson l on l.id = m.lesson_id
                join class_subject cs on cs.id = l.class_subject_id
                where cs.class_id in (%s) and l.date between ?1 and ?2 group by l.class_subject_id""".formatted(classes),
                from, upTo);
        Map<Long, Long> corrected = counts("""
                select jc.class_subject_id, count(*) from journal_change jc join class_subject cs on cs.id = jc.class_subject_id
                join lesson l on l.id = jc.lesson_id
                where cs.class_id in (%s) and jc.field = 'MARKS' and coalesce(jc.old_value, '') <> ''
                  and l.date between ?1 and ?2 group by jc.class_subject_id""".formatted(classes), from, to);
        // Each student taught a subject on the dates' last day, with their marks in it since their period began
        // (in the holidays: the period before them).
        Map<Long, Integer> students = new HashMap<>();
        Map<Long, Integer> tooFew = new HashMap<>();
        Map<Long, BigDecimal> hours = subjects.stream().collect(Collectors.toMap(Subject::id, Subject::hours));
        for (Object[] r : rows("""
                with roll as (
                    select cs.id cs, m.student_id from class_subject cs join school_class c on c.id = cs.class_id
                         join class_membership m on m.class_id = c.id
                    where c.id in (%1$s) and m.enrolled_on <= ?1 and (m.left_on is null or m.left_on >= ?1)
                      and (cs.group_no is null or exists (select 1 from subgroup_member sg where sg.class_subject_id = cs.id
                           and sg.student_id = m.student_id and sg.from_on <= ?1 and (sg.to_on is null or sg.to_on >= ?1)))),
                given as (
                    select l.class_subject_id cs, mk.student_id, count(*) n
                    from mark mk join lesson l on l.id = mk.lesson_id join class_subject cs on cs.id = l.class_subject_id
                         join school_class c on c.id = cs.class_id
                         join grade_period_kind g on g.year_id = c.year_id and g.grade = c.grade
                         join lateral (select p.starts_on from study_period p where p.year_id = c.year_id
                                       and p.kind = g.kind and p.starts_on <= ?1 order by p.starts_on desc limit 1) p on true
                    where c.id in (%1$s) and l.date between p.starts_on and ?1 group by l.class_subject_id, mk.student_id)
                select r.cs, r.student_id, coalesce(g.n, 0) from roll r
                left join given g on g.cs = r.cs and g.student_id = r.student_id"""
                .formatted(classes), upTo)) {
            long cs = ((Number) r[0]).longValue();
            students.merge(cs, 1, Integer::sum);
            if (n(r[2]) < Averages.fewestMarksFor(hours.get(cs))) {
                tooFew.merge(cs, 1, Integer::sum);
            }
        }
        // The period marks missing for each class's latest period over by the dates' end.
        Map<Long, Long> finalsMissing = counts("""
                select cs.id, count(*) from class_subject cs join school_class c on c.id = cs.class_id
                     join grade_period_kind g on g.year_id = c.year_id and g.grade = c.grade
                     join lateral (select p.id, p.ends_on from study_period p where p.year_id = c.year_id and p.kind = g.kind
                                   and p.ends_on <= ?1 order by p.ends_on desc limit 1) p on true
                     join class_membership m on m.class_id = c.id
                where c.id in (%s) and c.grade > 1 and m.enrolled_on <= p.ends_on
                  and (m.left_on is null or m.left_on >= p.ends_on)
                  and (cs.group_no is null or exists (select 1 from subgroup_member sg where sg.class_subject_id = cs.id
                       and sg.student_id = m.student_id and sg.from_on <= p.ends_on
                       and (sg.to_on is null or sg.to_on >= p.ends_on)))
                  and not exists (select 1 from final_mark fm where fm.class_subject_id = cs.id
                       and fm.student_id = m.student_id and fm.kind = 'PERIOD' and fm.period_id = p.id)
                group by cs.id""".formatted(classes), upTo);
        List<Line> lines = new ArrayList<>();
        for (Subject s : subjects) {
            long[] l = lessons.getOrDefault(s.id(), new long[5]);
            int roll = students.getOrDefault(s.id(), 0);
            long given = marks.getOrDefault(s.id(), 0L);
            BigDecimal perLesson = roll == 0 || l[1] == 0 ? null
                    : BigDecimal.valueOf(given).divide(BigDecimal.valueOf((long) roll * l[1]), 2, RoundingMode.HALF_UP);
            lines.add(new Line(s.teacher(), s.className(), s.subject(), roll, (int) l[0], (int) l[1], (int) l[2],
                    (int) l[3], (int) l[4], (int) given, s.grade() == 1 ? null : perLesson,
                    s.grade() == 1 ? 0 : tooFew.getOrDefault(s.id(), 0), corrected.getOrDefault(s.id(), 0L).intValue(),
                    finalsMissing.getOrDefault(s.id(), 0L).intValue()));
        }
        return new Analysis(school.getName(), zone, from, to, Instant.now(), only == null, lines);
    }

    private Map<Long, Long> counts(String sql, Object... params) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : rows(sql, params)) {
            counts.put(((Number) r[0]).longValue(), n(r[1]));
        }
        return counts;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private List<Object[]> rows(String sql, Object... params) {
        return NativeRows.rows(em, sql, params);
    }
}
