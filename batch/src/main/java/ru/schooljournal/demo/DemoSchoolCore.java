package ru.schooljournal.demo;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import ru.schooljournal.demo.boundary.DemoSchool;
import ru.schooljournal.demo.control.DemoSchoolPlan;

/** Step 1 of the demo-school job: the school without its classes. Ends the job with EXISTS if it is there. */
@Dependent
@Named("demoSchoolCore")
public class DemoSchoolCore extends AbstractBatchlet {

    static final String EXISTS = "EXISTS";

    @Inject
    @BatchProperty
    String schoolCode;

    @Inject
    @BatchProperty
    String today;

    @Inject
    JobContext job;

    @EJB
    DemoSchool demoSchool;

    @Override
    public String process() {
        if (demoSchool.exists(schoolCode)) {
            return EXISTS;
        }
        LocalDate day = today == null || today.isBlank() ? LocalDate.now() : LocalDate.parse(today);
        demoSchool.createSchool(DemoSchoolPlan.create(schoolCode, day, DemoJob.size(job)));
        return "CREATED";
    }
}
