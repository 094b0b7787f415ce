package ru.schooljournal.demo;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.demo.boundary.DemoSchool;
import ru.schooljournal.demo.control.DemoSchoolPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.ClassPlan;
import ru.schooljournal.platform.ListReader;

/**
 * Reads the demo school's classes from its plan, worked out again from the school's year and the job's size
 * (so the same on a restart with the same parameters). The checkpoint is the index of the next class.
 */
@Dependent
@Named("demoClassReader")
public class DemoClassReader extends ListReader<ClassPlan> {

    @Inject
    @BatchProperty
    String schoolCode;

    @Inject
    JobContext job;

    @EJB
    DemoSchool demoSchool;

    @Override
    protected List<ClassPlan> items() {
        return DemoSchoolPlan.create(schoolCode, demoSchool.yearStart(schoolCode), DemoJob.size(job)).classes();
    }
}
