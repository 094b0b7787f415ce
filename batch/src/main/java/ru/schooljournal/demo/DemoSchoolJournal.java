package ru.schooljournal.demo;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import ru.schooljournal.demo.boundary.DemoSchool;

/** After the classes: the year's lessons from the timetable, and the journal filled in up to the day before yesterday. */
@Dependent
@Named("demoSchoolJournal")
public class DemoSchoolJournal extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String schoolCode;

    @Inject
    @BatchProperty
    String today;

    @EJB
    DemoSchool demoSchool;

    @Override
    public String process() {
        LocalDate day = today == null || today.isBlank() ? LocalDate.now() : LocalDate.parse(today);
        demoSchool.fillJournal(demoSchool.schoolId(schoolCode), day);
        return "FILLED";
    }
}
