package ru.schooljournal.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.boundary.TermClosing;
import ru.schooljournal.reports.boundary.TermClosing.Plan;

/**
 * Starts and watches the {@code term-closing} job for the deputy or the administrator (PERIODS_EDIT): start
 * after {@link TermClosing#check}, the progress (classes closed of all), the history of their school's runs
 * with who started each, and restart of a failed or stopped run from its checkpoint, or stop of a running one.
 */
@Stateless
@PermitAll // TermClosing asks the access matrix
public class TermClosingJob {

    public static final String JOB = "term-closing";

    /** A run: its state, the classes closed of all, and what it said when it ended (in Russian). */
    public record Run(long execution, long instance, long periodId, String batchStatus, int closed, int total,
                      String exitStatus, Instant started, Instant ended, String startedBy) implements Serializable {

        public boolean running() {
            return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
        }

        public boolean restartable() {
            return "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
        }

        public int percent() {
            return total == 0 ? 100 : closed * 100 / total;
        }
    }

    @EJB
    TermClosing closing;

    @Inject
    CurrentCaller currentCaller;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    public long start(long periodId, Long classId, boolean missingConfirmed) {
        Plan plan = closing.check(periodId, classId, missingConfirmed);
        Properties params = new Properties();
        params.setProperty("schoolId", Long.toString(plan.schoolId()));
        params.setProperty("periodId", Long.toString(plan.periodId()));
        params.setProperty("classIds", String.join(",", plan.classIds().stream().map(String::valueOf).toList()));
        params.setProperty("accountId", Long.toString(currentCaller.get().accountId()));
        params.setProperty("wholeSchool", Boolean.toString(plan.wholeSchool()));
        return BatchRuntime.getJobOperator().start(JOB, params);
    }

    public Run run(long execution) {
        closing.requireRight();
        JobExecution e = ownExecution(execution);
        return runOf(e, logins(List.of(e)), closing.closedNow());
    }

    /** The runs of the caller's school, newest first. */
    public List<Run> history() {
        closing.requireRight();
        List<JobExecution> executions = SchoolJobs.of(JOB, currentCaller.get().schoolId(), 50);
        Map<Long, String> logins = logins(executions);
        java.util.Set<String> closed = closing.closedNow();
        return executions.stream().map(e -> runOf(e, logins, closed)).toList();
    }

    /** Restarts a failed or stopped run from its last checkpoint: the classes closed stay closed. */
    public long restart(long execution) {
        closing.requireRight();
        JobExecution e = ownExecution(execution);
        if (e.getBatchStatus() != BatchStatus.FAILED && e.getBatchStatus() != BatchStatus.STOPPED) {
            throw new RuleViolation("reports.job.notRestartable");
        }
        return BatchRuntime.getJobOperator().restart(execution, e.getJobParameters());
    }

    public void stop(long execution) {
        closing.requireRight();
        JobExecution e = ownExecution(execution);
        if (e.getBatchStatus() == BatchStatus.STARTED || e.getBatchStatus() == BatchStatus.STARTING) {
            BatchRuntime.getJobOperator().stop(execution);
        }
    }

    private JobExecution ownExecution(long execution) {
        JobExecution e;
        try {
            e = BatchRuntime.getJobOperator().getJobExecution(execution);
        } catch (RuntimeException notFound) {
            throw new RuleViolation("reports.job.notFound");
        }
        if (!JOB.equals(e.getJobName()) || !ofMySchool(e)) {
            Caller me = currentCaller.get();
            throw new AccessDenied("access.denied.matrix", me.login() + " job execution " + execution);
        }
        return e;
    }

    private boolean ofMySchool(JobExecution e) {
        return SchoolJobs.ofSchool(e, currentCaller.get().schoolId());
    }

    private Run runOf(JobExecution e, Map<Long, String> logins, java.util.Set<String> closedNow) {
        Properties p = e.getJobParameters();
        long period = Long.parseLong(p.getProperty("periodId"));
        List<Long> classes = Arrays.stream(p.getProperty("classIds", "").split(",")).filter(s -> !s.isBlank())
                .map(Long::valueOf).toList();
        long instance = BatchRuntime.getJobOperator().getJobInstance(e.getExecutionId()).getInstanceId();
        int closed = (int) classes.stream().filter(c -> closedNow.contains(period + "/" + c)).count();
        return new Run(e.getExecutionId(), instance, period, e.getBatchStatus().name(), closed,
                classes.size(), e.getExitStatus(), e.getStartTime() == null ? null : e.getStartTime().toInstant(),
                e.getEndTime() == null ? null : e.getEndTime().toInstant(),
                logins.getOrDefault(Long.valueOf(p.getProperty("accountId")), ""));
    }

    private Map<Long, String> logins(List<JobExecution> executions) {
        List<Long> ids = executions.stream().map(e -> Long.valueOf(e.getJobParameters().getProperty("accountId")))
                .distinct().toList();
        Map<Long, String> logins = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.id, a.login from Account a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> logins.put((Long) r[0], (String) r[1]));
        }
        return logins;
    }
}
