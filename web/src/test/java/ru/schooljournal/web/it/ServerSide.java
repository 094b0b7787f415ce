package ru.schooljournal.web.it;

import jakarta.batch.runtime.BatchStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import ru.schooljournal.demo.DemoSchoolOnStartup;
import ru.schooljournal.demo.JobProgress;

/**
 * Helpers for tests that run inside the deployed application: the application's own datasource, and
 * waiting for the demo school.
 */
final class ServerSide {

    private ServerSide() {
    }

    /**
     * A ceiling for a batch job, not a duration: the tests wait on the job's own end, and give up only if it
     * has not ended by then (a hung job), saying where it stood.
     */
    static final Duration JOB_CEILING = Duration.ofMinutes(10);

    /** Waits for the demo-school job this server started (if any) to end; fails with its status and step. */
    static void awaitDemoSchool(DemoSchoolOnStartup demo) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_CEILING.toNanos();
        while (!demo.ready()) {
            Long execution = demo.execution();
            if (execution != null) {
                JobProgress p = JobProgress.await(execution, Duration.ofNanos(deadline - System.nanoTime()));
                if (p.status() != BatchStatus.COMPLETED) {
                    throw new AssertionError("demo school not loaded: " + p);
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo-school job did not start in " + JOB_CEILING);
            }
            Thread.sleep(200);
        }
    }

    /** The demo school's quarter of this year by its number. */
    static long demoQuarter(int number) throws NamingException, SQLException {
        return number("""
                select p.id from study_period p join academic_year y on y.id = p.year_id join school s on s.id = p.school_id
                where s.code = 'demo' and y.current and p.kind = 'QUARTER' and p.number = """ + number);
    }

    /**
     * Whether the demo school's quarter is over — the demo has period marks, and a period can be closed, only then:
     * the tests of both assume it (on 1 September to the quarter's end they are skipped, not failed).
     */
    static boolean demoQuarterOver(int number) throws NamingException, SQLException {
        return number("""
                select count(*) from study_period p join academic_year y on y.id = p.year_id join school s on s.id = p.school_id
                where s.code = 'demo' and y.current and p.kind = 'QUARTER' and p.number = """ + number
                + " and p.ends_on < current_date - 2") > 0;
    }

    /** The demo school's class of this year, e.g. (5, "А"). */
    static long demoClass(int grade, String letter) throws NamingException, SQLException {
        return number("""
                select c.id from school_class c join academic_year y on y.id = c.year_id join school s on s.id = c.school_id
                where s.code = 'demo' and y.current and c.grade = %d and c.letter = '%s'""".formatted(grade, letter));
    }

    /** Waits for a batch job's execution to end (the ceiling is for a hung job); returns how it ended. */
    static jakarta.batch.runtime.BatchStatus awaitJob(long execution) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_CEILING.toNanos();
        while (System.nanoTime() < deadline) {
            jakarta.batch.runtime.BatchStatus s = jakarta.batch.runtime.BatchRuntime.getJobOperator()
                    .getJobExecution(execution).getBatchStatus();
            if (s != jakarta.batch.runtime.BatchStatus.STARTING && s != jakarta.batch.runtime.BatchStatus.STARTED
                    && s != jakarta.batch.runtime.BatchStatus.STOPPING) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + execution + " did not end in " + JOB_CEILING);
    }

    /** The first column of the first row, as a number. */
    static long number(String sql) throws NamingException, SQLException {
        List<List<Object>> rows = rows(sql);
        if (rows.isEmpty()) {
            throw new AssertionError("no row: " + sql);
        }
        return ((Number) rows.get(0).get(0)).longValue();
    }

    static List<List<Object>> rows(String sql) throws NamingException, SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Sets up a condition the UI cannot make (a conflicting row, a tampered matrix cell). */
    static void execute(String sql) throws NamingException, SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("jdbc/journal");
    }
}
