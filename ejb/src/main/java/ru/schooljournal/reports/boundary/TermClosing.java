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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.journal.boundary.PeriodLocks;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.control.PeriodRolls;
import ru.schooljournal.reports.control.PeriodRolls.Period;
import ru.schooljournal.reports.control.PeriodRolls.SchoolClassLine;
import ru.schooljournal.reports.control.ProgressFigures.StudentMarks;
import ru.schooljournal.school.entity.School;

/**
 * Closing a period (SPEC §9): for a period and one class or the whole school, every missing period mark is
 * listed (student × subject), closing is refused while any is missing unless the deputy confirms the list
 * (the missing ones are then «не аттестован» in the reports), and each class's journal of the period is
 * locked ({@link PeriodLocks}). The work itself is the {@code term-closing} batch job's, a class per
 * checkpoint; this bean holds its rules. Who may close: PERIODS_EDIT (the administrator and the deputy).
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class TermClosing {

    public record ClassState(long classId, String name, boolean closed, Instant closedAt, int missing)
            implements Serializable {
    }

    public record Missing(long classId, String className, long studentId, String student, String subject) implements Serializable {
    }

    public record Preview(long periodId, String period, LocalDate endsOn, boolean over, List<ClassState> classes,
                          List<Missing> missing) implements Serializable {

        public long open() {
            return classes.stream().filter(c -> !c.closed()).count();
        }
    }

    /** What the job is to do, once the checks passed. */
    public record Plan(long schoolId, long periodId, List<Long> classIds, int missing, boolean wholeSchool)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @EJB
    PeriodLocks locks;

    /** The classes of the period (or the one class) with what is closed and every missing period mark. */
    public Preview preview(long periodId, Long classId) {
        PeriodRolls read = new PeriodRolls(em);
        Period period = checkedPeriod(read, periodId);
        List<SchoolClassLine> classes = read.classes(period, classId == null ? null : Set.of(classId));
        if (classId != null && classes.isEmpty()) {
            throw new RuleViolation("reports.classNotInPeriod");
        }
        Map<Long, Instant> closed = new HashMap<>();
        for (Object[] r : read.rows("""
                select class_id, closed_at from period_closing where period_id = ?1 and reopened_at is null""", periodId)) {
            closed.put(((Number) r[0]).longValue(), MyReports.instant(r[1]));
        }
        Map<Long, List<StudentMarks>> rolls = read.rolls(period, classes);
        List<ClassState> states = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (SchoolClassLine c : classes) {
            int count = 0;
            for (StudentMarks s : rolls.getOrDefault(c.id(), List.of())) {
                for (Map.Entry<String, String> m : s.marks().entrySet()) {
                    if (m.getValue() == null) {
                        count++;
                        missing.add(new Missing(c.id(), c.name(), s.studentId(), s.name(), m.getKey()));
                    }
                }
            }
            states.add(new ClassState(c.id(), c.name(), closed.containsKey(c.id()), closed.get(c.id()), count));
        }
        LocalDate today = today(period.schoolId());
        return new Preview(periodId, period.name(), period.endsOn(), !today.isBefore(period.endsOn()), states, missing);
    }

    /**
     * The checks before the job starts: the right, the period is at its last day or over, something is left to
     * close, and missing marks confirmed. Returns what the job is to close (the classes not closed yet).
     */
    public Plan check(long periodId, Long classId, boolean missingConfirmed) {
        Preview preview = preview(periodId, classId);
        if (!preview.over()) {
            throw new RuleViolation("reports.closing.notOver", preview.period(),
                    java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(preview.endsOn()));
        }
        List<Long> open = preview.classes().stream().filter(c -> !c.closed()).map(ClassState::classId).toList();
        if (open.isEmpty()) {
            throw new RuleViolation("reports.closing.allClosed", preview.period());
        }
        int missing = preview.classes().stream().filter(c -> !c.closed()).mapToInt(ClassState::missing).sum();
        if (missing > 0 && !missingConfirmed) {
            throw new RuleViolation("reports.closing.missingMarks", missing);
        }
        return new Plan(currentCaller.get().schoolId(), periodId, open, missing, classId == null);
    }

    /**
     * Closes one class's period, for the term-closing job (its start checked the right): the missing marks are
     * counted as they are now; returns false for a class closed already, so a restarted job closes none twice.
     */
    public boolean closeClass(long periodId, long classId, long accountId, long jobExecution) {
        PeriodRolls read = new PeriodRolls(em);
        Period period = read.period(periodId);
        int missing = 0;
        for (StudentMarks s : read.rolls(period, read.classes(period, Set.of(classId))).getOrDefault(classId, List.of())) {
            missing += (int) s.marks().values().stream().filter(v -> v == null).count();
        }
        return locks.close(periodId, classId, accountId, missing, jobExecution);
    }

    /**
     * The classes of the caller's school whose period is closed now, as «periodId/classId» — read once for the
     * jobs page's progress bars and history, whatever the number of runs.
     */
    @SuppressWarnings("unchecked")
    public Set<String> closedNow() {
        requireRight();
        Set<String> closed = new java.util.HashSet<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select period_id, class_id from period_closing where school_id = ?1 and reopened_at is null""")
                .setParameter(1, currentCaller.get().schoolId()).getResultList()) {
            closed.add(((Number) r[0]).longValue() + "/" + ((Number) r[1]).longValue());
        }
        return closed;
    }

    /** Refuses unless the caller may close periods of their school (the jobs page asks before a restart). */
    public void requireRight() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        policy.check(Operation.PERIODS_EDIT, Target.school(me.schoolId()));
    }

    private Period checkedPeriod(PeriodRolls read, long periodId) {
        requireRight();
        Caller me = currentCaller.get();
        Period period = read.period(periodId);
        if (period.schoolId() != me.schoolId()) {
            throw new AccessDenied("access.denied.matrix", me.login() + " term closing of period " + periodId);
        }
        return period;
    }

    private LocalDate today(long schoolId) {
        return LocalDate.now(em.find(School.class, schoolId).zone());
    }
}
