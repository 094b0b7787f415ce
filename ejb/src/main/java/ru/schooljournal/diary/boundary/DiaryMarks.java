package ru.schooljournal.diary.boundary;

import static ru.schooljournal.platform.NativeRows.date;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.diary.control.DiaryViews;
import ru.schooljournal.diary.control.SubjectPeriods;
import ru.schooljournal.diary.control.SubjectPeriods.SubjectPeriod;
import ru.schooljournal.journal.boundary.FinalMarks;
import ru.schooljournal.journal.control.Averages;
import ru.schooljournal.platform.NativeRows;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;

/**
 * The diary's marks beyond the week (SPEC §6): a period per subject ({@link SubjectPeriods}: the marks with what
 * they were for, the absences, the grid's averages and forecast, the period mark and the year's once set), and
 * the whole year at a glance — the period, year, exam and final marks per subject («итоговые»). Whose: as the
 * week, DIARY_VIEW (the student themself, a parent their child). A fixed number of statements.
 */
@Stateless
@PermitAll // DIARY_VIEW is asked below
public class DiaryMarks {

    /** A period of the student's grade this year. */
    public record PeriodChoice(long id, String name, LocalDate startsOn, LocalDate endsOn) implements Serializable {
    }

    public record StudentPeriod(long studentId, String student, String className, PeriodChoice period,
                                List<PeriodChoice> periods, List<SubjectPeriod> subjects, boolean weighted)
            implements Serializable {
    }

    /** A class's students' periods per subject, by student. */
    public record ClassPeriod(PeriodChoice period, Map<Long, List<SubjectPeriod>> students) implements Serializable {
    }

    /** A subject's line of the year: its marks by column — a period's id as text, «YEAR», «EXAM», «FINAL». */
    public record YearLine(String subject, Map<String, String> marks) implements Serializable {

        public String mark(String column) {
            return marks.getOrDefault(column, "");
        }
    }

    public record StudentYear(long studentId, String student, String className, String year,
                              List<PeriodChoice> periods, List<YearLine> subjects) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    private record Place(long classId, int grade, String className, String student, String year, boolean weighted,
                         LocalDate today, List<PeriodChoice> periods) {
    }

    /**
     * The student's period per subject: {@code periodId}, or when null the period going on (after the year's last,
     * the last); a period of another class's or school's year is refused.
     */
    public StudentPeriod period(long studentId, Long periodId) {
        Place p = place(studentId);
        DiaryViews.record(em, currentCaller.get(), studentId);
        return periodOf(studentId, p, choose(p.periods(), periodId, p.today()));
    }

    /** The student's period per subject for the period of {@code day} (the one going on then), as the printout has it. */
    public StudentPeriod periodOn(long studentId, LocalDate day) {
        Place p = place(studentId);
        return periodOf(studentId, p, choose(p.periods(), null, day));
    }

    /**
     * The class's students' periods per subject for the period of {@code day}, for the class set's printout: the
     * class teacher's (REPORTS_OWN_CLASS) or a reader's of every class (REPORTS_ALL_CLASSES).
     */
    public ClassPeriod classOn(long classId, LocalDate day) {
        Target cls = Target.schoolClass(classId);
        if (!policy.may(Operation.REPORTS_OWN_CLASS, cls) && !policy.may(Operation.REPORTS_ALL_CLASSES, cls)) {
            throw new AccessDenied("access.denied.matrix", currentCaller.get().login() + " diary class set of " + classId);
        }
        List<Object[]> found = rows("""
                select c.grade, sc.averaging, c.year_id, (select string_agg(m.student_id::text, ',') from class_membership m
                       where m.class_id = c.id and m.left_on is null)
                from school_class c join school sc on sc.id = c.school_id
                where c.id = ?1 and c.school_id = ?2""", classId, currentCaller.get().schoolId());
        if (found.isEmpty()) {
            throw new RuleViolation("movement.noClass");
        }
        Object[] f = found.get(0);
        PeriodChoice chosen = choose(periods(f[2], f[0]), null, day);
        List<Long> students = f[3] == null ? List.of()
                : java.util.Arrays.stream(((String) f[3]).split(",")).map(Long::valueOf).toList();
        return new ClassPeriod(chosen, new SubjectPeriods(em).read(new SubjectPeriods.Frame(classId,
                ((Number) f[0]).intValue(), chosen.id(), chosen.startsOn(), chosen.endsOn(),
                "WEIGHTED".equals(f[1]) ? Averages.Way.WEIGHTED : Averages.Way.SIMPLE), students));
    }

    /** {@code periodId} among the grade's periods, or when null the one going on {@code day} (the last one begun). */
    private static PeriodChoice choose(List<PeriodChoice> periods, Long periodId, LocalDate day) {
        PeriodChoice chosen = null;
        for (PeriodChoice c : periods) {
            if (periodId != null ? c.id() == periodId : chosen == null || !c.startsOn().isAfter(day)) {
                chosen = c;
            }
        }
        if (chosen == null || periodId != null && chosen.id() != periodId) {
            throw new RuleViolation("diary.noSuchPeriod");
        }
        return chosen;
    }

    private StudentPeriod periodOf(long studentId, Place p, PeriodChoice chosen) {
        LocalDate to = chosen.endsOn();
        List<SubjectPeriod> subjects = new SubjectPeriods(em).read(new SubjectPeriods.Frame(p.classId(), p.grade(),
                chosen.id(), chosen.startsOn(), to, p.weighted() ? Averages.Way.WEIGHTED : Averages.Way.SIMPLE),
                List.of(studentId)).get(studentId);
        return new StudentPeriod(studentId, p.student(), p.className(), chosen, p.periods(), subjects, p.weighted());
    }

    /** The whole year at a glance: per subject the period marks, the year, exam and final marks as set. */
    public StudentYear year(long studentId) {
        Place p = place(studentId);
        DiaryViews.record(em, currentCaller.get(), studentId);
        Map<Long, String> subjects = new LinkedHashMap<>();
        for (Object[] r : rows("""
                select cs.id, s.name from class_subject cs join subject s on s.id = cs.subject_id
                where cs.class_id = ?1 and (cs.group_no is null or exists (select 1 from subgroup_member g
                      where g.class_subject_id = cs.id and g.student_id = ?2))
                order by s.name, cs.group_no nulls first""", p.classId(), studentId)) {
            subjects.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        Map<String, Map<String, String>> marks = new HashMap<>();
        for (Object[] r : rows("""
                select s.name, fm.kind, fm.period_id, fm.value from final_mark fm
                join class_subject cs on cs.id = fm.class_subject_id join subject s on s.id = cs.subject_id
                where cs.class_id = ?1 and fm.student_id = ?2""", p.classId(), studentId)) {
            String column = "PERIOD".equals(r[1]) ? String.valueOf(((Number) r[2]).longValue()) : (String) r[1];
            marks.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(column, (String) r[3]);
        }
        List<YearLine> lines = new ArrayList<>();
        for (String subject : new java.util.LinkedHashSet<>(subjects.values())) {
            lines.add(new YearLine(subject, marks.getOrDefault(subject, Map.of())));
        }
        return new StudentYear(studentId, p.student(), p.className(), p.year(), p.periods(), lines);
    }

    /** The student's class this year, their grade's periods, the school's way of averaging and today there. */
    private Place place(long studentId) {
        if (!policy.may(Operation.DIARY_VIEW, Target.student(studentId))) {
            throw new AccessDenied("access.denied.notYourDiary", currentCaller.get().login() + " -> " + studentId);
        }
        List<Object[]> found = rows("""
                select c.id, c.grade, c.grade || c.letter, st.last_name, st.first_name, st.middle_name, y.name,
                       sc.averaging, (now() at time zone sc.time_zone)::date, y.id
                from class_membership m join school_class c on c.id = m.class_id
                     join academic_year y on y.id = c.year_id and y.current join school sc on sc.id = c.school_id
                     join person st on st.id = m.student_id
                where m.student_id = ?1 and m.left_on is null order by m.enrolled_on desc limit 1""", studentId);
        if (found.isEmpty()) {
            throw new RuleViolation("diary.notInAClass");
        }
        Object[] f = found.get(0);
        List<PeriodChoice> periods = periods(f[9], f[1]);
        return new Place(((Number) f[0]).longValue(), ((Number) f[1]).intValue(), (String) f[2],
                PersonName.full((String) f[3], (String) f[4], (String) f[5]), (String) f[6], "WEIGHTED".equals(f[7]),
                date(f[8]), periods);
    }

    /** The periods the grade keeps in the year, in order. */
    private List<PeriodChoice> periods(Object yearId, Object grade) {
        List<PeriodChoice> periods = new ArrayList<>();
        for (Object[] r : rows("""
                select p.id, p.kind, p.number, p.starts_on, p.ends_on from study_period p
                join grade_period_kind g on g.year_id = p.year_id and g.kind = p.kind
                where p.year_id = ?1 and g.grade = ?2 order by p.number""", yearId, grade)) {
            periods.add(new PeriodChoice(((Number) r[0]).longValue(), FinalMarks.periodName((String) r[1],
                    ((Number) r[2]).intValue()), date(r[3]), date(r[4])));
        }
        return periods;
    }

    private List<Object[]> rows(String sql, Object... params) {
        return NativeRows.rows(em, sql, params);
    }
}
