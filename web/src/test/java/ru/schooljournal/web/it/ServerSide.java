package ru.schooljournal.web.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import ru.schooljournal.demo.DemoSchoolOnStartup;

/**
 * Helpers for tests that run inside the deployed application: the application's own datasource, and
 * waiting for the demo school.
 */
final class ServerSide {

    private ServerSide() {
    }

    static void awaitDemoSchool(DemoSchoolOnStartup demo) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!demo.ready()) {
            if ("FAILED".equals(demo.jobStatus()) || System.currentTimeMillis() > deadline) {
                throw new AssertionError("demo school not loaded: " + demo.jobStatus());
            }
            Thread.sleep(300);
        }
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
