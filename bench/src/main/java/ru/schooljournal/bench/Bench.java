package ru.schooljournal.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * The benchmark (bench/README.md): for each scenario, N virtual users — each its own session, signed in as a browser
 * does — ask the real pages over HTTP for a fixed time (a closed loop, with an optional think time), and every
 * answer is checked for what it must show (a 200 without it is a wrong answer, and so is a 403 for a page the user
 * may see); beside each, the same read done with plain JDBC (one prepared statement a round trip) against the same
 * database by as many threads, so every figure is also a ratio to what PostgreSQL alone does on this machine.
 * Prints throughput, p50/p95/p99/max, errors and wrong answers per scenario, and the app's heap and RSS.
 *
 * <pre>mvn -f bench/pom.xml -q compile exec:java -Dexec.args="--users 10 --seconds 20"</pre>
 */
public final class Bench {

    /** A scenario: who, which page, and the text the answer must hold to be right. */
    private record Scenario(String name, String login, String path, String mustShow, JdbcRead plain) {
    }

    /** The same data read with plain JDBC, for the ratio. */
    @FunctionalInterface
    private interface JdbcRead {
        int read(Connection c) throws SQLException;
    }

    private record Figures(String scenario, int users, long requests, long wrong, long refused, long errors, double seconds,
                           Histogram latency) {

        double perSecond() {
            return requests / seconds;
        }
    }

    /** The scenario that saves marks through the grid's own AJAX request rather than reading a page. */
    private static final String SAVE = "mark save (teacher)";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        URI base = URI.create(o.getOrDefault("url", "http://localhost:8080/"));
        int users = Integer.parseInt(o.getOrDefault("users", "10"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int think = Integer.parseInt(o.getOrDefault("think", "0"));
        String password = o.getOrDefault("password", "Demo-2026");
        String db = o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/journal");
        String only = o.get("scenario");

        List<Scenario> scenarios = scenarios(db);
        System.out.printf(Locale.ROOT, "School Journal benchmark — %s, %d users a scenario, %d s each, think %d ms, %s%n",
                base, users, seconds, think, LocalDate.now());
        System.out.println(schoolSize(db));
        System.out.printf(Locale.ROOT, "%-22s %6s %9s %8s %8s %8s %8s %7s %7s %7s  %s%n", "scenario", "users", "requests",
                "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "wrong", "errors", "plain JDBC per s (ratio)");
        List<String> lines = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (only != null && !s.name().startsWith(only)) {
                continue;
            }
            Figures app = http(base, s, users, seconds, think, password);
            Figures plain = jdbc(db, s, users, Math.min(seconds, 10));
            String line = String.format(Locale.ROOT, "%-22s %6d %9d %8.1f %8.1f %8.1f %8.1f %7.0f %7d %7d  %.0f (app = %.1f %%)",
                    s.name(), users, app.requests(), app.perSecond(), ms(app.latency(), 50), ms(app.latency(), 95),
                    ms(app.latency(), 99), app.latency().getMaxValue() / 1000.0, app.wrong() + app.refused(), app.errors(),
                    plain.perSecond(), 100 * app.perSecond() / Math.max(1e-9, plain.perSecond()));
            System.out.println(line);
            lines.add(line);
        }
        System.out.println(appMemory());
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The demo school's scenarios: the teacher's grid, the parent's week, period and year, the deputy's summary. */
    private static List<Scenario> scenarios(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres")) {
            long grid = number(c, """
                    select cs.id from class_subject cs join school_class k on k.id = cs.class_id
                    join academic_year y on y.id = k.year_id and y.current
                    where cs.teacher_id = (select person_id from account where login = 'teacher') and cs.group_no is null
                    order by (select count(*) from class_membership m where m.class_id = k.id and m.left_on is null) desc,
                             cs.id limit 1""");
            long child = number(c, """
                    select g.child_id from guardianship g where g.parent_id = (select person_id from account where login = 'parent')
                    order by g.child_id limit 1""");
            long quarter = number(c, """
                    select p.id from study_period p join academic_year y on y.id = p.year_id and y.current
                    join school s on s.id = p.school_id and s.code = 'demo' where p.kind = 'QUARTER' and p.number = 1""");
            JdbcRead gridRead = k -> rows(k, """
                    select l.id, l.date, l.number, m.student_id, m.value, w.key from lesson l
                    left join mark m on m.lesson_id = l.id left join work_type w on w.id = m.work_type_id
                    where l.class_subject_id = ? and l.date between (select p.starts_on from study_period p where p.id = ?)
                          and (select p.ends_on from study_period p where p.id = ?)""", grid, quarter, quarter);
            JdbcRead weekRead = k -> rows(k, """
                    select l.date, l.number, s.name, l.topic, l.homework, m.value, w.name from class_membership cm
                    join class_subject cs on cs.class_id = cm.class_id join subject s on s.id = cs.subject_id
                    join lesson l on l.class_subject_id = cs.id and l.date between date_trunc('week', now())::date
                         and date_trunc('week', now())::date + 6
                    left join mark m on m.lesson_id = l.id and m.student_id = cm.student_id
                    left join work_type w on w.id = m.work_type_id
                    where cm.student_id = ? and cm.left_on is null""", child);
            JdbcRead periodRead = k -> rows(k, """
                    select cs.id, m.value, w.weight, l.date from class_membership cm join class_subject cs on cs.class_id = cm.class_id
                    join lesson l on l.class_subject_id = cs.id join mark m on m.lesson_id = l.id and m.student_id = cm.student_id
                    join work_type w on w.id = m.work_type_id
                    where cm.student_id = ? and cm.left_on is null and l.date between
                          (select p.starts_on from study_period p where p.id = ?) and (select p.ends_on from study_period p where p.id = ?)""",
                    child, quarter, quarter);
            JdbcRead summaryRead = k -> rows(k, """
                    select f.student_id, f.class_subject_id, f.value from final_mark f where f.period_id = ?""", quarter);
            long mark = number(c, """
                    select m.id from mark m join lesson l on l.id = m.lesson_id where l.class_subject_id = %d
                    order by m.id limit 1""".formatted(grid));
            JdbcRead saveWrite = k -> {
                // The save's own work: the mark's row and its history row, one transaction, committed.
                k.setAutoCommit(false);
                try (PreparedStatement u = k.prepareStatement("update mark set value = 9 - value where id = ?");
                     PreparedStatement h = k.prepareStatement("""
                             insert into journal_change (school_id, class_subject_id, lesson_id, student_id, field, old_value,
                                                         new_value, changed_by)
                             select m.school_id, l.class_subject_id, l.id, m.student_id, 'MARKS', '4', '5',
                                    (select id from account where login = 'teacher')
                             from mark m join lesson l on l.id = m.lesson_id where m.id = ?""")) {
                    u.setLong(1, mark);
                    u.executeUpdate();
                    h.setLong(1, mark);
                    h.executeUpdate();
                    k.commit();
                }
                return 1;
            };
            List<Scenario> list = new ArrayList<>();
            list.add(new Scenario(SAVE, "teacher", "journal/sheet.xhtml?cs=" + grid, "partial-response", saveWrite));
            list.add(new Scenario("grid (teacher)", "teacher", "journal/sheet.xhtml?cs=" + grid, "rowKeys", gridRead));
            list.add(new Scenario("diary week (parent)", "parent", "parent/diary.xhtml?child=" + child, "diary-title", weekRead));
            list.add(new Scenario("diary period (parent)", "parent", "parent/period.xhtml?child=" + child, "diary-title",
                    periodRead));
            list.add(new Scenario("progress summary (dep.)", "zavuch", "school/reports/progress.xhtml?period=" + quarter,
                    "report-title", summaryRead));
            return list;
        }
    }

    /** N users for the given seconds, each in its own session; each answer checked for what it must show. */
    private static Figures http(URI base, Scenario s, int users, int seconds, int think, String password) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong requests = new AtomicLong(), wrong = new AtomicLong(), refused = new AtomicLong(), errors = new AtomicLong();
        List<VirtualUser> people = new ArrayList<>();
        List<HttpResponse<String>> pages = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            VirtualUser u = new VirtualUser(base);
            u.signIn(s.login(), password);
            pages.add(u.get(s.path())); // the first page of a session, not measured (the grid a save is typed into)
            people.add(u);
        }
        int column = s.name().equals(SAVE) ? latestLesson(pages.get(0).body()) : -1;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(users);
        long started = System.nanoTime();
        for (int n = 0; n < people.size(); n++) {
            VirtualUser u = people.get(n);
            HttpResponse<String> sheet = pages.get(n);
            int row = n; // each user types into their own student's cell: no save is someone else's change
            daemon(() -> {
                try {
                    long round = 0;
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> r = column >= 0
                                    ? u.saveCell(sheet, row, column, round++ % 2 == 0 ? "5" : "4") : u.get(s.path());
                            recorder.recordValue((System.nanoTime() - t) / 1000);
                            requests.incrementAndGet();
                            if (r.statusCode() == 403) {
                                refused.incrementAndGet();
                            } else if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            } else if (!r.body().contains(s.mustShow()) || r.body().contains("ui-messages-error")) {
                                wrong.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (think > 0) {
                            Thread.sleep(think);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double took = (System.nanoTime() - started) / 1e9;
        return new Figures(s.name(), users, requests.get(), wrong.get(), refused.get(), errors.get(), took,
                recorder.getIntervalHistogram());
    }

    /** The grid's column of its latest lesson up to today within the edit window (the headers read «05.11<br>»). */
    private static int latestLesson(String html) {
        java.util.regex.Matcher headers = java.util.regex.Pattern.compile("colHeaders:\\[(.*?)\\],").matcher(html);
        if (!headers.find()) {
            throw new IllegalStateException("no grid in the teacher's journal page");
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        String[] cols = headers.group(1).split("\",\"");
        int best = -1;
        java.util.regex.Pattern day = java.util.regex.Pattern.compile(">(\\d\\d)\\.(\\d\\d)<br>");
        for (int i = 0; i < cols.length; i++) {
            java.util.regex.Matcher m = day.matcher(cols[i]);
            if (m.find()) {
                LocalDate d = LocalDate.of(today.getYear(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                if (d.isAfter(today.plusMonths(6))) {
                    d = d.minusYears(1);
                }
                if (!d.isAfter(today) && !d.isBefore(today.minusDays(6))) {
                    best = i;
                }
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the teacher's journal has no lesson in the last 7 days to type into");
        }
        return best;
    }

    /** The scenario's read with plain JDBC: as many threads, each its own connection, for the given seconds. */
    private static Figures jdbc(String db, Scenario s, int threads, int seconds) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong requests = new AtomicLong(), errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(threads);
        long started = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            daemon(() -> {
                try (Connection c = DriverManager.getConnection(db, "postgres", "postgres")) {
                    s.plain().read(c); // warm: the statement prepared
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        s.plain().read(c);
                        recorder.recordValue((System.nanoTime() - t) / 1000);
                        requests.incrementAndGet();
                    }
                } catch (SQLException e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new Figures(s.name(), threads, requests.get(), 0, 0, errors.get(), (System.nanoTime() - started) / 1e9,
                recorder.getIntervalHistogram());
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        t.start();
    }

    private static int rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            int n = 0;
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("the demo school is not in this database: " + sql);
            }
            return r.getLong(1);
        }
    }

    private static String schoolSize(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db, "postgres", "postgres")) {
            return String.format(Locale.ROOT, "database %s: %d students on the roll, %d classes, %d lessons, %d marks", db,
                    number(c, "select count(*) from class_membership where left_on is null"),
                    number(c, "select count(*) from school_class"), number(c, "select count(*) from lesson"),
                    number(c, "select count(*) from mark"));
        }
    }

    /** The app's resident memory and heap, when it runs on this machine (Payara Micro's process). */
    private static String appMemory() {
        try {
            Process p = new ProcessBuilder("pgrep", "-f", "payara-micro").start();
            String pid = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse(null);
            if (pid == null) {
                return "app memory: no Payara Micro process on this machine";
            }
            String rss = Files.readAllLines(Path.of("/proc", pid, "status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
            Process j = new ProcessBuilder("jcmd", pid, "GC.heap_info").redirectErrorStream(true).start();
            String heap = new String(j.getInputStream().readAllBytes()).lines().filter(l -> l.contains("heap"))
                    .findFirst().orElse("heap: ?").trim();
            return "app memory (pid " + pid + "): " + rss + "; " + heap;
        } catch (Exception e) {
            return "app memory: " + e.getMessage();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value: " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
