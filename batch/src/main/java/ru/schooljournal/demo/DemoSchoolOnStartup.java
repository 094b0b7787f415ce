package ru.schooljournal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Logger;
import ru.schooljournal.demo.boundary.DemoSchool;
import ru.schooljournal.demo.control.DemoSchoolPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.DemoLogin;
import ru.schooljournal.demo.control.DemoSchoolPlan.Size;

/**
 * With {@code JOURNAL_DEMO_DATA=true} (the run command sets it), loads the demo school once: if it is not
 * in the database yet, the {@value #JOB} batch job writes it; either way the demo logins are printed.
 * {@code JOURNAL_DEMO_CLASSES_PER_GRADE} (default 2) and {@code JOURNAL_DEMO_STUDENTS_PER_CLASS} (default 25)
 * make it bigger or smaller.
 * The job starts from a timer just after deployment, when the application is fully up. It lives in the
 * batch module so that, in the EAR, it sees the job's XML.
 */
@Singleton
@Startup
public class DemoSchoolOnStartup {

    public static final String JOB = "demo-school";
    public static final String CODE = DemoSchoolPlan.DEMO_CODE;
    private static final Logger LOG = Logger.getLogger(DemoSchoolOnStartup.class.getName());

    @Resource
    TimerService timers;

    @EJB
    DemoSchool demoSchool;

    private volatile Long execution;
    private volatile boolean requested;

    @PostConstruct
    void schedule() {
        requested = Boolean.parseBoolean(System.getenv().getOrDefault("JOURNAL_DEMO_DATA", "false"));
        if (requested) {
            timers.createSingleActionTimer(500, new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (demoSchool.exists(CODE)) {
            LOG.info("Demo school is already loaded");
            printLogins(CODE, demoSchool.yearStart(CODE), requestedSize());
            return;
        }
        Properties params = new Properties();
        params.setProperty("schoolCode", CODE);
        params.setProperty("today", LocalDate.now().toString());
        Size size = requestedSize();
        params.setProperty("classesPerGrade", String.valueOf(size.classesPerGrade()));
        params.setProperty("studentsPerClass", String.valueOf(size.studentsPerClass()));
        JobOperator jobs = BatchRuntime.getJobOperator();
        execution = jobs.start(JOB, params);
        LOG.info(() -> "Loading the demo school: batch job " + JOB + ", execution " + execution);
    }

    /** The demo school's size from the environment: a bigger one tries the app under a real school's volume. */
    private static Size requestedSize() {
        return Size.of(System.getenv("JOURNAL_DEMO_CLASSES_PER_GRADE"), System.getenv("JOURNAL_DEMO_STUDENTS_PER_CLASS"));
    }

    /** Whether the demo school is in place (or was not asked for); false while the job runs or if it failed. */
    @Lock(LockType.READ) // health checks and tests never queue behind the start-up timer
    public boolean ready() {
        if (!requested) {
            return true;
        }
        if (execution == null) {
            return demoSchool.exists(CODE);
        }
        return BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus() == BatchStatus.COMPLETED;
    }

    /** The demo job's state for the health endpoint, or null when no job ran in this process. */
    @Lock(LockType.READ)
    public String jobStatus() {
        return execution == null ? null
                : BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus().name();
    }

    /** The demo job's execution started by this process, or null (not asked for, not yet, or loaded before). */
    @Lock(LockType.READ)
    public Long execution() {
        return execution;
    }

    /** The step the demo job is in (or ended in), for the health endpoint and a test that gives up waiting. */
    @Lock(LockType.READ)
    public String jobStep() {
        return execution == null ? null : JobProgress.of(execution).step();
    }

    /** Printed to the server log at every start with demo data, and by the demo job when it finishes. */
    public static void printLogins(String code, LocalDate yearStart) {
        printLogins(code, yearStart, Size.DEMO);
    }

    static void printLogins(String code, LocalDate yearStart, Size size) {
        DemoSchoolPlan plan = DemoSchoolPlan.create(code, yearStart, size);
        StringBuilder s = new StringBuilder("\n\n  Демо-школа «").append(plan.shortName())
                .append("» — входы (пароль у всех: ").append(DemoSchoolPlan.DEMO_PASSWORD).append(")\n");
        for (DemoLogin l : plan.logins()) {
            s.append(String.format("    %-14s %s — %s%n", l.login(), l.role(), l.who()));
        }
        LOG.info(s.toString());
    }
}
