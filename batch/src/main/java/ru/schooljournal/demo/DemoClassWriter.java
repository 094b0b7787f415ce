package ru.schooljournal.demo;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.demo.boundary.DemoSchool;
import ru.schooljournal.demo.control.DemoSchoolPlan.ClassPlan;

/** Writes each class of a chunk in the chunk's transaction, through the same EJB the application uses. */
@Dependent
@Named("demoClassWriter")
public class DemoClassWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String schoolCode;

    @EJB
    DemoSchool demoSchool;

    @Override
    public void writeItems(List<Object> items) {
        long schoolId = demoSchool.schoolId(schoolCode);
        for (Object item : items) {
            demoSchool.addClass(schoolId, (ClassPlan) item);
        }
    }
}
