package ru.schooljournal.demo;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.schooljournal.demo.boundary.DemoSchool;

/** Last step of the demo-school job: prints the demo logins to the server log. */
@Dependent
@Named("demoSchoolLogins")
public class DemoSchoolLogins extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String schoolCode;

    @EJB
    DemoSchool demoSchool;

    @Override
    public String process() {
        DemoSchoolOnStartup.printLogins(schoolCode, demoSchool.yearStart(schoolCode));
        return "PRINTED";
    }
}
