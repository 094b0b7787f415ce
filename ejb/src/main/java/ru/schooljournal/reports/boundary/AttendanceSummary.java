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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.reports.control.DateRange;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.school.entity.School;

/**
 * The attendance summary (SPEC §8) for any dates: per class and for the school — lessons missed, of them for
 * illness (Б), for another good reason (УП, ОСВ) and without one (НП or no reason), days missed (a day counts
 * when every lesson of it was missed — SPEC §8), lateness; the lessons missed per class and month; and the
 * students with at least N lessons missed; for one class also the student × day grid ({@link Grid}). Only the lessons a student had: their class's, their group's,
 * while they were in the class. Same reach as every class report ({@link ReportReach}); two statements.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class AttendanceSummary {

    /** Missed lessons and days, by kind; added up for a student, a class or the school. */
    public record Missed(int lessons, int illness, int good, int noReason, int days, int late) implements Serializable {

        static final Missed NONE = new Missed(0, 0, 0, 0, 0, 0);

        Missed plus(Missed o) {
            return new Missed(lessons + o.lessons, illness + o.illness, good + o.good, noReason + o.noReason,
                    days + o.days, late + o.late);
        }
    }

    public record StudentLine(String className, String student, Missed missed) implements Serializable {
    }

    public record ClassLine(String className, int students, Missed missed, Map<YearMonth, Integer> byMonth)
            implements Serializable {
    }

    /** A student's row of the class's day grid: the lessons missed each day (none: not in the map). */
    public record GridLine(String student, Map<LocalDate, Integer> missed, Missed total) implements Serializable {
    }

    /**
     * «Посещаемость по дням» of one class (SPEC §8, the class's attendance by month): a column for each day the
     * class had lessons, a row per student, the lessons they missed that day. Only for one class and at most
     * {@link #GRID_DAYS} days; otherwise null.
     */
    public record Grid(String className, List<LocalDate> days, List<GridLine> students) implements Serializable {
    }

    /** The longest stretch a day grid is built for: two months of school days fit a landscape page per month. */
    public static final int GRID_DAYS = 62;

    public record Summary(String school, ZoneId zone, LocalDate from, LocalDate to, Instant builtAt, boolean wholeSchool,
                          int atLeast, List<ClassLine> classes, Missed total, List<YearMonth> months,
                          List<StudentLine> students, Grid grid) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public Summary of(LocalDate from, LocalDate to, Long classId, int atLeast) {
        Caller me = currentCaller.get();
        Set<Long> only = ReportReach.narrowed(ReportReach.of(policy, me), classId, me);
        DateRange.require(from, to);
        School school = em.find(School.class, me.schoolId());
        String good = Arrays.stream(Attendance.Reason.values()).filter(Attendance.Reason::good)
                .map(r -> "'" + r.name() + "'").collect(Collectors.joining(","));
        String scope = only == null ? "" : " and c.id in (" + only.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
        // Per student and day: the lessons they had, and how many of them they missed, why, and were late to. The
        // classes' lessons of the dates first (materialized): left to itself the planner crossed every student with
        // every lesson of the school before matching their classes (6.7 s for a month of 5,000 students; now 1.2 s).
        @SuppressWarnings("unchecked")
        List<Object[]> days = em.createNativeQuery("""
                        with ls as materialized (
                            select l.id, l.date, cs.id as cs_id, cs.class_id, cs.group_no
                            from lesson l join class_subject cs on cs.id = l.class_subject_id
                                 join school_class c on c.id = cs.class_id join academic_year y on y.id = c.year_id
                            where c.school_id = ?1 and y.current and l.date between ?2 and ?3 and not l.cancelled %s)
                        select c.id, c.grade || c.letter, p.id, p.last_name, p.first_name, p.middle_name, ls.date, count(*),
                               count(*) filter (where a.kind = 'ABSENT'),
                               count(*) filter (where a.kind = 'ABSENT' and a.reason = 'ILLNESS'),
                               count(*) filter (where a.kind = 'ABSENT' and a.reason in (%s) and a.reason <> 'ILLNESS'),
                               count(*) filter (where a.kind = 'ABSENT' and (a.reason is null or a.reason not in (%s))),
                               count(*) filter (where a.kind = 'LATE')
                        from ls join school_class c on c.id = ls.class_id
                             join class_membership m on m.class_id = ls.class_id and ls.date >= m.enrolled_on
                                  and (m.left_on is null or ls.date <= m.left_on)
                             join person p on p.id = m.student_id
                             left join attendance a on a.lesson_id = ls.id and a.student_id = m.student_id
                        where ls.group_no is null or exists (select 1 from subgroup_member g where g.class_subject_id = ls.cs_id
                               and g.student_id = m.student_id and g.from_on <= ls.date and (g.to_on is null or g.to_on >= ls.date))
                        group by c.id, c.grade, c.letter, p.id, p.last_name, p.first_name, p.middle_name, ls.date
                        order by c.grade, c.letter, p.last_name, p.first_name, p.id""".formatted(scope, good, good))
                .setParameter(1, me.schoolId()).setParameter(2, from).setParameter(3, to).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rolls = em.createNativeQuery("""
                        select c.id, c.grade || c.letter, count(m.id) from school_class c join academic_year y on y.id = c.year_id
                        left join class_membership m on m.class_id = c.id and m.enrolled_on <= ?2
                             and (m.left_on is null or m.left_on >= ?2)
                        where c.school_id = ?1 and y.current %s group by c.id, c.grade, c.letter
                        order by c.grade, c.letter""".formatted(scope))
                .setParameter(1, me.schoolId()).setParameter(2, to).getResultList();
        Map<Long, Missed> byClass = new LinkedHashMap<>();
        Map<Long, Map<YearMonth, Integer>> months = new LinkedHashMap<>();
        Map<Long, Missed> byStudent = new LinkedHashMap<>();
        Map<Long, String[]> who = new LinkedHashMap<>();
        Set<YearMonth> seenMonths = new TreeSet<>();
        Map<Long, Map<LocalDate, Integer>> byDay = new LinkedHashMap<>();
        Set<LocalDate> schoolDays = new TreeSet<>();
        for (Object[] r : days) {
            long cls = ((Number) r[0]).longValue();
            long student = ((Number) r[2]).longValue();
            LocalDate day = r[6] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[6];
            int had = n(r[7]);
            int absent = n(r[8]);
            Missed m = new Missed(absent, n(r[9]), n(r[10]), n(r[11]), absent > 0 && absent == had ? 1 : 0, n(r[12]));
            byStudent.merge(student, m, Missed::plus);
            who.putIfAbsent(student, new String[]{(String) r[1],
                    PersonName.withFirstName((String) r[3], (String) r[4], (String) r[5])});
            byClass.merge(cls, m, Missed::plus);
            YearMonth month = YearMonth.from(day);
            seenMonths.add(month);
            months.computeIfAbsent(cls, k -> new TreeMap<>()).merge(month, absent, Integer::sum);
            schoolDays.add(day);
            Map<LocalDate, Integer> studentDays = byDay.computeIfAbsent(student, k -> new TreeMap<>());
            if (absent > 0) {
                studentDays.put(day, absent);
            }
        }
        List<ClassLine> classes = new ArrayList<>();
        Missed total = Missed.NONE;
        for (Object[] r : rolls) {
            long cls = ((Number) r[0]).longValue();
            Missed m = byClass.getOrDefault(cls, Missed.NONE);
            total = total.plus(m);
            classes.add(new ClassLine((String) r[1], n(r[2]), m, months.getOrDefault(cls, Map.of())));
        }
        List<StudentLine> students = new ArrayList<>();
        byStudent.forEach((id, m) -> {
            if (m.lessons() >= Math.max(1, atLeast)) {
                students.add(new StudentLine(who.get(id)[0], who.get(id)[1], m));
            }
        });
        Grid grid = null;
        if (rolls.size() == 1 && only != null && !to.isAfter(from.plusDays(GRID_DAYS - 1))) {
            List<GridLine> lines = new ArrayList<>();
            byDay.forEach((id, missed) -> lines.add(new GridLine(who.get(id)[1], missed, byStudent.get(id))));
            grid = new Grid((String) rolls.get(0)[1], List.copyOf(schoolDays), lines);
        }
        return new Summary(school.getName(), school.zone(), from, to, Instant.now(), only == null,
                atLeast, classes, total, List.copyOf(seenMonths), students, grid);
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
