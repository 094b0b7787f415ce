package ru.schooljournal.journal.boundary;

import static ru.schooljournal.platform.NativeRows.date;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.journal.control.JournalHistory;
import ru.schooljournal.platform.RuleViolation;

/**
 * A class's period closed by term closing (SPEC §9): its journal is locked — a mark, an absence, its reason or
 * the period mark in it is refused for everyone — until the administrator reopens that class's period upon a
 * written request (DATE_OPENING, as for opening a locked date). Closing and reopening are kept in the
 * journal's history of every subject of the class.
 */
@Stateless
@PermitAll // who may reopen is the access matrix's (AccessPolicy)
public class PeriodLocks {

    /** A closed stretch of a class's journal. */
    public record Closed(long periodId, String period, LocalDate startsOn, LocalDate endsOn) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(startsOn) && !day.isAfter(endsOn);
        }
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** The class's periods closed now (one statement; the grid reads it once per sheet). */
    public List<Closed> closed(long classId) {
        List<Closed> closed = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        select p.id, p.kind, p.number, p.starts_on, p.ends_on from period_closing pc
                        join study_period p on p.id = pc.period_id
                        where pc.class_id = ?1 and pc.reopened_at is null""")
                .setParameter(1, classId).getResultList()) {
            Object[] row = (Object[]) r;
            closed.add(new Closed(((Number) row[0]).longValue(),
                    FinalMarks.periodName((String) row[1], ((Number) row[2]).intValue()), date(row[3]), date(row[4])));
        }
        return closed;
    }

    /** Refuses a change to the journal of a class on a day of a closed period. */
    public void refuseOn(long classId, LocalDate day) {
        for (Closed c : closed(classId)) {
            if (c.covers(day)) {
                throw new RuleViolation("journal.periodClosed", c.period());
            }
        }
    }

    /** Refuses a change to a period mark of a closed period. */
    public void refuseFor(long classId, long periodId) {
        for (Closed c : closed(classId)) {
            if (c.periodId() == periodId) {
                throw new RuleViolation("journal.periodClosed", c.period());
            }
        }
    }

    /**
     * Closes a class's period for the term-closing job (which checked the right when it was started): returns
     * false when it is closed already — a restarted job never closes a class twice.
     */
    public boolean close(long periodId, long classId, long accountId, int missingMarks, long jobExecution) {
        List<?> done = em.createNativeQuery("""
                        insert into period_closing (school_id, period_id, class_id, closed_by, missing_marks, job_execution)
                        select c.school_id, ?1, c.id, ?3, ?4, ?5 from school_class c where c.id = ?2
                        on conflict (period_id, class_id) do update
                            set closed_at = now(), closed_by = excluded.closed_by, missing_marks = excluded.missing_marks,
                                job_execution = excluded.job_execution, reopened_at = null, reopened_by = null,
                                reopen_reason = null
                            where period_closing.reopened_at is not null
                        returning id""")
                .setParameter(1, periodId).setParameter(2, classId).setParameter(3, accountId)
                .setParameter(4, missingMarks).setParameter(5, jobExecution).getResultList();
        if (done.isEmpty()) {
            return false;
        }
        history(periodId, classId, "открыт", "закрыт", "Закрытие периода (задание " + jobExecution + ")", accountId);
        return true;
    }

    /** The administrator reopens a class's closed period upon a written request; the reason is kept. */
    public void reopen(long periodId, long classId, String reason) {
        Caller me = currentCaller.get();
        policy.check(Operation.DATE_OPENING, Target.schoolClass(classId));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5) {
            throw new RuleViolation("journal.reopen.noReason");
        }
        if (why.length() > 1000) {
            throw new RuleViolation("journal.reopen.reasonTooLong");
        }
        int changed = em.createNativeQuery("""
                        update period_closing set reopened_at = now(), reopened_by = ?3, reopen_reason = ?4
                        where period_id = ?1 and class_id = ?2 and reopened_at is null""")
                .setParameter(1, periodId).setParameter(2, classId).setParameter(3, me.accountId())
                .setParameter(4, why).executeUpdate();
        if (changed == 0) {
            throw new RuleViolation("journal.reopen.notClosed");
        }
        history(periodId, classId, "закрыт", "открыт", why, me.accountId());
    }

    private void history(long periodId, long classId, String from, String to, String why, long accountId) {
        for (Object r : em.createNativeQuery("select id, school_id from class_subject where class_id = ?1")
                .setParameter(1, classId).getResultList()) {
            Object[] cs = (Object[]) r;
            new JournalHistory(em).periodLock(((Number) cs[1]).longValue(), ((Number) cs[0]).longValue(),
                    FinalMarks.key(ru.schooljournal.journal.entity.FinalMark.Kind.PERIOD, periodId), from, to, why, accountId);
        }
    }

}
