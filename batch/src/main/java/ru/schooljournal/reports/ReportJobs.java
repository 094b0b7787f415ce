package ru.schooljournal.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.ReportCatalog.Filter;
import ru.schooljournal.reports.boundary.ProgressSummary;

/**
 * Reports built in the background (SPEC §9, the {@code report-generation} job): started from a report's page
 * for its filter, as the one who asked; the school's runs with their state; a failed run restarted.
 */
@Stateless
@PermitAll // the report EJBs ask the access matrix
public class ReportJobs {

    public static final String JOB = "report-generation";

    public record Run(long execution, String report, String batchStatus, String exitStatus, Instant started,
                      Instant ended) implements Serializable {

        public boolean running() {
            return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus);
        }

        public boolean restartable() {
            return "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
        }
    }

    @Inject
    CurrentCaller currentCaller;

    @EJB
    ProgressSummary progressSummary;

    @EJB
    ru.schooljournal.reports.boundary.MovementReport movement;

    /** Starts building {@code report} for the filter, after checking the caller reaches what it asks. */
    public long start(String report, Filter filter) {
        Caller me = currentCaller.get();
        check(report, filter);
        return start(me.schoolId(), me.accountId(), report, filter);
    }

    /** The checks before a report is built for its owner (now, or on a schedule). */
    public void check(String report, Filter filter) {
        if (!ReportCatalog.NAMES.contains(report)) {
            throw new RuleViolation("reports.unknown");
        }
        if ("movement".equals(report) || "students".equals(report)) {
            movement.requireRight(); // administrative: the whole school or nothing
            return;
        }
        // The same reach as building it here and now: a class outside it is refused, no reach at all too.
        List<ProgressSummary.ClassChoice> reach = progressSummary.classes();
        if (filter.schoolClass() != null && reach.stream().noneMatch(c -> c.id() == filter.schoolClass())) {
            throw new AccessDenied("access.denied.matrix", currentCaller.get().login() + " report of class "
                    + filter.schoolClass());
        }
        if (("summary-sheet".equals(report) || "class-teacher".equals(report)) && filter.schoolClass() == null) {
            throw new RuleViolation("reports.badAddress");
        }
    }

    static long start(long schoolId, long accountId, String report, Filter filter) {
        Properties params = filter.properties();
        params.setProperty("schoolId", Long.toString(schoolId));
        params.setProperty("accountId", Long.toString(accountId));
        params.setProperty("report", report);
        return BatchRuntime.getJobOperator().start(JOB, params);
    }

    /** The school's background reports, newest first. */
    public List<Run> runs() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        boolean all = wholeSchool();
        return SchoolJobs.of(JOB, me.schoolId(), 30).stream()
                .filter(e -> all || Long.toString(me.accountId()).equals(e.getJobParameters().getProperty("accountId")))
                .map(ReportJobs::runOf).toList();
    }

    public Run run(long execution) {
        return runOf(own(execution));
    }

    public long restart(long execution) {
        JobExecution e = own(execution);
        if (e.getBatchStatus() != BatchStatus.FAILED && e.getBatchStatus() != BatchStatus.STOPPED) {
            throw new RuleViolation("reports.job.notRestartable");
        }
        return BatchRuntime.getJobOperator().restart(execution, e.getJobParameters());
    }

    private JobExecution own(long execution) {
        Caller me = currentCaller.get();
        JobExecution e;
        try {
            e = BatchRuntime.getJobOperator().getJobExecution(execution);
        } catch (RuntimeException notFound) {
            throw new RuleViolation("reports.job.notFound");
        }
        if (!JOB.equals(e.getJobName()) || !SchoolJobs.ofSchool(e, me.schoolId())
                || !Long.toString(me.accountId()).equals(e.getJobParameters().getProperty("accountId"))
                && !wholeSchool()) {
            throw new AccessDenied("access.denied.matrix", me.login() + " job execution " + execution);
        }
        return e;
    }

    /** Whether the caller reads every class's reports (and so every background report of the school). */
    private boolean wholeSchool() {
        try {
            return progressSummary.wholeSchool();
        } catch (AccessDenied onlyAdministrative) {
            return false;
        }
    }

    private static Run runOf(JobExecution e) {
        return new Run(e.getExecutionId(), e.getJobParameters().getProperty("report"), e.getBatchStatus().name(),
                e.getExitStatus(), e.getStartTime() == null ? null : e.getStartTime().toInstant(),
                e.getEndTime() == null ? null : e.getEndTime().toInstant());
    }
}
