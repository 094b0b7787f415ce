package ru.schooljournal.demo;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.logging.Logger;
import ru.schooljournal.demo.boundary.DemoSchool;
import ru.schooljournal.demo.control.DemoSchoolPlan.Size;

/**
 * Last step of the demo-school job: prints the demo logins to the server log, and how long the load took
 * from the job's start (the figure a newcomer waits for; see the README).
 */
@Dependent
@Named("demoSchoolLogins")
public class DemoSchoolLogins extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DemoSchoolLogins.class.getName());

    @Inject
    @BatchProperty
    String schoolCode;

    @Inject
    JobContext job;

    @EJB
    DemoSchool demoSchool;

    @Override
    public String process() {
        Size size = DemoJob.size(job);
        DemoSchoolOnStartup.printLogins(schoolCode, demoSchool.yearStart(schoolCode), size);
        Date started = BatchRuntime.getJobOperator().getJobExecution(job.getExecutionId()).getStartTime();
        long ms = started == null ? -1 : System.currentTimeMillis() - started.getTime();
        LOG.info(() -> String.format("Demo school %s (classes a grade: %d, students a class: ~%d) loaded in %.1f s "
                        + "(job execution %d, from its start)", schoolCode, size.classesPerGrade(),
                size.studentsPerClass(), ms / 1000.0, job.getExecutionId()));
        return "PRINTED";
    }
}
