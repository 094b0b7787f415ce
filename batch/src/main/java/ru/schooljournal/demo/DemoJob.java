package ru.schooljournal.demo;

import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;
import ru.schooljournal.demo.control.DemoSchoolPlan.Size;

/** What the steps of the demo-school job read from the job itself. */
final class DemoJob {

    private DemoJob() {
    }

    /** The school's size, from the job's properties (parameters classesPerGrade, studentsPerClass; the demo's by default). */
    static Size size(JobContext job) {
        Properties p = job.getProperties();
        return Size.of(p.getProperty("classesPerGrade"), p.getProperty("studentsPerClass"));
    }
}
