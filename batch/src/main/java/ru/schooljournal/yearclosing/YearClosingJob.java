package ru.schooljournal.yearclosing;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Properties;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.yearclosing.boundary.YearClosing;

/**
 * Starts the {@code year-closing} batch job for the signed-in administrator or deputy, after the checks
 * (YEAR_TRANSITION, the year is over, the next year's dates, the promotion order), and reports on it.
 */
@Stateless
@PermitAll // YearClosing.check asks the access matrix
public class YearClosingJob {

    public static final String JOB = "year-closing";

    /** How a run stands: STARTING, STARTED, COMPLETED, FAILED…, and the summary once it is done. */
    public record Status(long execution, String batchStatus, String summary) implements Serializable {

        public boolean done() {
            return "COMPLETED".equals(batchStatus);
        }

        public boolean failed() {
            return "FAILED".equals(batchStatus) || "ABANDONED".equals(batchStatus) || "STOPPED".equals(batchStatus);
        }
    }

    @EJB
    YearClosing closing;

    @Inject
    CurrentCaller currentCaller;

    public long start(LocalDate nextStart, LocalDate nextEnd, String orderNumber, LocalDate orderDate) {
        long schoolId = closing.check(nextStart, nextEnd, orderNumber, orderDate);
        Properties params = new Properties();
        params.setProperty("schoolId", Long.toString(schoolId));
        params.setProperty("accountId", Long.toString(currentCaller.get().accountId()));
        params.setProperty("nextStart", nextStart.toString());
        params.setProperty("nextEnd", nextEnd.toString());
        params.setProperty("orderNumber", orderNumber.strip());
        params.setProperty("orderDate", orderDate.toString());
        JobOperator jobs = BatchRuntime.getJobOperator();
        return jobs.start(JOB, params);
    }

    public Status status(long execution) {
        JobExecution e = BatchRuntime.getJobOperator().getJobExecution(execution);
        return new Status(execution, e.getBatchStatus().name(), e.getExitStatus());
    }
}
