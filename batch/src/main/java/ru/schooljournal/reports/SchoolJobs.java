package ru.schooljournal.reports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.util.ArrayList;
import java.util.List;

/** The runs of one of our jobs that belong to a school (by their {@code schoolId} parameter), newest first. */
final class SchoolJobs {

    private SchoolJobs() {
    }

    static List<JobExecution> of(String jobName, long schoolId, int instances) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<JobExecution> executions = new ArrayList<>();
        try {
            for (JobInstance i : jobs.getJobInstances(jobName, 0, instances)) {
                for (JobExecution e : jobs.getJobExecutions(i)) {
                    if (ofSchool(e, schoolId)) {
                        executions.add(e);
                    }
                }
            }
        } catch (NoSuchJobException none) {
            return List.of();
        }
        executions.sort((a, b) -> Long.compare(b.getExecutionId(), a.getExecutionId()));
        return executions;
    }

    static boolean ofSchool(JobExecution e, Long schoolId) {
        return e.getJobParameters() != null && schoolId != null
                && schoolId.toString().equals(e.getJobParameters().getProperty("schoolId"));
    }
}
