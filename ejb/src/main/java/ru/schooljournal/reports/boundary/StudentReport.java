package ru.schooljournal.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.diary.control.SubjectPeriods;
import ru.schooljournal.journal.boundary.FinalMarks;
import ru.schooljournal.journal.control.Averages;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;

/**
 * A student's progress and attendance for a period, printable for the parents (SPEC §8; seed 003 «классный
 * руководитель» §5): per subject the period's marks in date order with their work types, the simple and weighted
 * average and the forecast — by the journal grid's own {@link Averages}, so the grid, the diary and this never
 * disagree — the «мало отметок» warning and the period mark once set; the lessons missed by kind and lateness.
 * For the student themself and their parents (REPORTS_SELF), the class teacher (REPORTS_OWN_CLASS) and the
 * school's readers of every class (REPORTS_ALL_CLASSES).
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class StudentReport {

    public record SubjectLine(String subject, String marks, BigDecimal average, BigDecimal weighted, Integer forecast,
                              boolean tooFewMarks, String periodMark) implements Serializable {
    }

    public record Report(String school, ZoneId zone, String student, String className, String period, LocalDate startsOn,
                         LocalDate endsOn, Instant builtAt, List<SubjectLine> subjects, int missed, int illness,
                         int good, int noReason, int late, String workTypes) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @SuppressWarnings("unchecked")
    public Report of(long studentId, long periodId) {
        Caller me = currentCaller.get();
        List<Object[]> found = em.createNativeQuery("""
                        select p.kind, p.number, p.starts_on, p.ends_on, c.id, c.grade || c.letter, s.name, s.time_zone,
                               s.averaging, st.last_name, st.first_name, st.middle_name, s.id, c.grade
                        from study_period p join school s on s.id = p.school_id
                             join school_class c on c.year_id = p.year_id
                             join class_membership m on m.class_id = c.id and m.student_id = ?1
                                  and m.enrolled_on <= p.ends_on and (m.left_on is null or m.left_on >= p.starts_on)
                             join person st on st.id = m.student_id
                        where p.id = ?2 order by m.enrolled_on desc limit 1""")
                .setParameter(1, studentId).setParameter(2, periodId).getResultList();
        if (found.isEmpty()) {
            throw new RuleViolation("reports.student.notInPeriod");
        }
        Object[] f = found.get(0);
        long school = ((Number) f[12]).longValue();
        requireReader(me, studentId);
        long classId = ((Number) f[4]).longValue();
        LocalDate from = f[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) f[2];
        LocalDate to = f[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) f[3];
        Averages.Way way = Averages.Way.valueOf((String) f[8]);
        // The period per subject as the diary reads it: the grid's averages and forecast, the period mark.
        List<SubjectLine> lines = new ArrayList<>();
        for (SubjectPeriods.SubjectPeriod p : new SubjectPeriods(em).read(new SubjectPeriods.Frame(classId,
                ((Number) f[13]).intValue(), periodId, from, to, way), List.of(studentId)).get(studentId)) {
            Averages a = p.averages();
            lines.add(new SubjectLine(p.subject(), p.marksLine(), a.simple(), a.weighted(), a.forecast(),
                    a.tooFewMarks(), p.periodMark() == null ? "" : p.periodMark()));
        }
        String good = String.join(",", java.util.Arrays.stream(Attendance.Reason.values())
                .filter(Attendance.Reason::good).map(x -> "'" + x.name() + "'").toList());
        Object[] a = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where a.kind = 'ABSENT'),
                               count(*) filter (where a.kind = 'ABSENT' and a.reason = 'ILLNESS'),
                               count(*) filter (where a.kind = 'ABSENT' and a.reason in (%s) and a.reason <> 'ILLNESS'),
                               count(*) filter (where a.kind = 'ABSENT' and (a.reason is null or a.reason not in (%s))),
                               count(*) filter (where a.kind = 'LATE')
                        from attendance a join lesson l on l.id = a.lesson_id join class_subject cs on cs.id = l.class_subject_id
                        where cs.class_id = ?1 and a.student_id = ?2 and l.date between ?3 and ?4 and not l.cancelled"""
                        .formatted(good, good))
                .setParameter(1, classId).setParameter(2, studentId).setParameter(3, from).setParameter(4, to)
                .getSingleResult();
        String legend = String.join(", ", ((List<Object[]>) em.createNativeQuery(
                        "select key, name from work_type where school_id = ?1 order by key").setParameter(1, school)
                .getResultList()).stream().map(w -> w[0] + " — " + w[1]).toList());
        return new Report((String) f[6], ZoneId.of((String) f[7]),
                PersonName.withFirstName((String) f[9], (String) f[10], (String) f[11]), (String) f[5],
                FinalMarks.periodName((String) f[0], ((Number) f[1]).intValue()), from, to, Instant.now(), lines,
                n(a[0]), n(a[1]), n(a[2]), n(a[3]), n(a[4]), legend);
    }

    /** A period a report can be asked for. */
    public record PeriodRef(long id, String name) implements Serializable {
    }

    /**
     * The period a parent most likely wants the report of: the latest one of the student's grade that is over, else
     * the one going on; null when the student is in no class this year.
     */
    @SuppressWarnings("unchecked")
    public PeriodRef latestPeriod(long studentId) {
        requireReader(currentCaller.get(), studentId);
        List<Object[]> found = em.createNativeQuery("""
                        select p.id, p.kind, p.number from class_membership m join school_class c on c.id = m.class_id
                        join academic_year y on y.id = c.year_id and y.current
                        join grade_period_kind g on g.year_id = y.id and g.grade = c.grade
                        join study_period p on p.year_id = y.id and p.kind = g.kind
                        join school s on s.id = c.school_id
                        where m.student_id = ?1 and m.left_on is null
                          and p.starts_on <= (now() at time zone s.time_zone)::date
                        order by (p.ends_on < (now() at time zone s.time_zone)::date) desc, p.ends_on desc limit 1""")
                .setParameter(1, studentId).getResultList();
        if (found.isEmpty()) {
            return null;
        }
        Object[] r = found.get(0);
        return new PeriodRef(((Number) r[0]).longValue(), FinalMarks.periodName((String) r[1], ((Number) r[2]).intValue()));
    }

    /** The student themself or their parent, their class teacher, or a reader of every class of the school. */
    private void requireReader(Caller me, long studentId) {
        Target student = Target.student(studentId);
        if (!policy.may(Operation.REPORTS_SELF, student) && !policy.may(Operation.REPORTS_OWN_CLASS, student)
                && !policy.may(Operation.REPORTS_ALL_CLASSES, student)) {
            throw new AccessDenied("access.denied.matrix", me.login() + " student report " + studentId);
        }
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
