package ru.schooljournal.demo;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.schooljournal.demo.boundary.DemoSchool;
import ru.schooljournal.demo.control.DemoSchoolPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.ClassPlan;

/**
 * Reads the demo school's classes from its plan, worked out again from the school's year and the job's size
 * (so the same on a restart with the same parameters). The checkpoint is the index of the next class.
 */
@Dependent
@Named("demoClassReader")
public class DemoClassReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String schoolCode;

    @Inject
    JobContext job;

    @EJB
    DemoSchool demoSchool;

    private List<ClassPlan> classes;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        classes = DemoSchoolPlan.create(schoolCode, demoSchool.yearStart(schoolCode),
                DemoJob.size(job)).classes();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < classes.size() ? classes.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
