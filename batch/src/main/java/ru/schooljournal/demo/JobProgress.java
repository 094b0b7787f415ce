package ru.schooljournal.demo;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a batch job execution stands: its status, the step it is in (or ended in) and that step's status.
 * Said by the health endpoint while the demo school loads, and by a test that gives up waiting — so that a
 * slow machine's failure reads «STARTED, step journal STARTED for 95 s», not just «not loaded».
 */
public record JobProgress(long execution, BatchStatus status, String exitStatus, String step, BatchStatus stepStatus,
                          long stepSeconds) {

    private static final Set<BatchStatus> ENDED = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    /** The execution as the batch runtime's repository has it now. */
    public static JobProgress of(long execution) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        JobExecution job = jobs.getJobExecution(execution);
        List<StepExecution> steps = jobs.getStepExecutions(execution);
        StepExecution last = steps == null ? null : steps.stream()
                .filter(s -> s.getStartTime() != null)
                .max(Comparator.comparing(StepExecution::getStartTime).thenComparing(StepExecution::getStepExecutionId))
                .orElse(null);
        long seconds = 0;
        if (last != null) {
            long end = last.getEndTime() != null ? last.getEndTime().getTime() : System.currentTimeMillis();
            seconds = (end - last.getStartTime().getTime()) / 1000;
        }
        return new JobProgress(execution, job.getBatchStatus(), job.getExitStatus(),
                last == null ? null : last.getStepName(), last == null ? null : last.getBatchStatus(), seconds);
    }

    /**
     * Waits for the execution to end, polling the repository, for at most {@code ceiling}; returns the
     * progress then, ended or not (see {@link #ended()}).
     */
    public static JobProgress await(long execution, Duration ceiling) throws InterruptedException {
        long deadline = System.nanoTime() + ceiling.toNanos();
        JobProgress p = of(execution);
        while (!p.ended() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            p = of(execution);
        }
        return p;
    }

    public boolean ended() {
        return ENDED.contains(status);
    }

    @Override
    public String toString() {
        return "job execution " + execution + " " + status + (exitStatus != null ? " (" + exitStatus + ")" : "")
                + (step != null ? ", step «" + step + "» " + stepStatus + " for " + stepSeconds + " s" : ", no step yet");
    }
}
