package ru.schooljournal.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the test database from the client side of a test, to find the facts a test needs (someone
 * else's child, a class's size), and sets the rare precondition the UI cannot make yet.
 */
final class TestDatabase {

    private TestDatabase() {
    }

    /** The demo school's 5А mathematics this year: the teacher's own journal the browser tests type into. */
    static long math5A() {
        return number("""
                select cs.id from class_subject cs join school_class c on c.id = cs.class_id
                join academic_year y on y.id = c.year_id join subject s on s.id = cs.subject_id
                join school sc on sc.id = c.school_id
                where sc.code = 'demo' and y.current and c.grade = 5 and c.letter = 'А' and s.name = 'математика'""");
    }

    static long number(String sql, Object... params) {
        List<Object> row = firstRow(sql, params);
        return ((Number) row.get(0)).longValue();
    }

    /** Sets up a precondition the UI cannot make yet (e.g. an issued password); returns rows changed. */
    static int update(String sql) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A journal of the demo teacher («teacher») in another class than 5А, for the tests that type into a grid
     * (JournalIT writes its own lessons into 5А's journal, and tests share the database).
     */
    static long teachersOtherJournal() {
        return number("""
                select cs.id from class_subject cs join school_class c on c.id = cs.class_id
                join academic_year y on y.id = c.year_id join school sc on sc.id = c.school_id
                where sc.code = 'demo' and y.current and cs.teacher_id = (select person_id from account where login = 'teacher')
                  and not (c.grade = 5 and c.letter = 'А') order by cs.id limit 1""");
    }

    /** A day for a test lesson of the demo school: today, or the last day of the latest period begun (holidays). */
    static java.time.LocalDate lessonDay() {
        return ((java.sql.Date) firstRow("""
                select least(current_date, max(p.ends_on)) from study_period p join academic_year y on y.id = p.year_id
                join school sc on sc.id = p.school_id
                where sc.code = 'demo' and y.current and p.kind = 'QUARTER' and p.starts_on <= current_date""").get(0)).toLocalDate();
    }

    /** The first row of a query on another database of the same server (a restored backup). */
    static List<Object> firstRowIn(String database, String sql) {
        String url = System.getProperty("journal.test.db.url").replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("journal.test.db.user"),
                System.getProperty("journal.test.db.password")); PreparedStatement ps = c.prepareStatement(sql);
             var rs = ps.executeQuery()) {
            rs.next();
            List<Object> row = new java.util.ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getObject(i));
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("journal.test.db.url"),
                System.getProperty("journal.test.db.user"), System.getProperty("journal.test.db.password"));
    }

    static List<Object> firstRow(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
