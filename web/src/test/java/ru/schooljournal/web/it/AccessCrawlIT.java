package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.schooljournal.demo.DemoSchoolOnStartup;
import ru.schooljournal.demo.JobProgress;
import ru.schooljournal.demo.control.DemoSchoolPlan.Size;

/**
 * The access crawler (SPEC §2; the attacker's try, in the suite): every demo role of two schools signs in and
 * follows every link it is given — pages and downloads — as far as they go; then every address any role reached is
 * asked by every other role, and each address with an id in it is asked again with the ids another role's
 * addresses carry and with another family's child. Whatever answers 200 is read (the page, the .xlsx's cells, the
 * PDF's text) for the names of students and parents: a name outside what the asker may see — their school for the
 * staff who keep its lists, their classes' families for a teacher, their own family for a parent or a student,
 * nobody's for the others — is a leak, and so is a 5xx. Counts are printed.
 */
@ExtendWith(ArquillianExtension.class)
class AccessCrawlIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.journal().addClasses(Deployments.class, ServerSide.class, WebUser.class)
                .addAsLibraries(Deployments.pdfBox()); // PDFBox reads the PDFs back on the server's side
    }

    private static final String PASSWORD = "Demo-2026";

    /** Every role of the demo school, and the second school's people to try the first school's addresses. */
    private static final List<String> LOGINS = List.of("admin", "director", "zavuch", "teacher", "teacher2", "secretary",
            "nurse", "psychologist", "hr", "tech", "student", "parent", "authority", "school2.zavuch", "school2.teacher",
            "school2.parent", "school2.student");

    /** Roles that keep or read the school's lists of students and parents (ACCESS-MATRIX «students»). */
    private static final Set<String> WHOLE_SCHOOL = Set.of("ADMIN", "DIRECTOR", "DEPUTY", "SECRETARY", "NURSE", "PSYCHOLOGIST");

    /** The most pages one role's crawl opens, and the addresses of one shape («journal/sheet.xhtml?cs=») it keeps. */
    private static final int PAGES_PER_ROLE = 120;
    private static final int SAMPLES_PER_SHAPE = 2;
    private static final int SHAPES_QUEUED = 4;

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");
    private static final Set<String> ID_PARAMS = Set.of("child", "student", "class", "cs", "id", "teacher", "person",
            "period", "lesson", "school");

    @ArquillianResource
    URL base;

    @EJB
    DemoSchoolOnStartup demo;

    /** What came back: the status, the text read from it, and where the redirects ended. */
    private record Answer(int status, String text, URI at) {
    }

    @Test
    void noRoleReadsAStudentOrParentOutsideItsScopeByAnyAddressItIsGivenOrCanMakeUp() throws Exception {
        ServerSide.awaitDemoSchool(demo);
        secondSchool();
        Names names = Names.load();
        String root = Deployments.loopback(base).toString();
        URI app = URI.create(root.endsWith("/") ? root : root + "/");

        Map<String, WebUser> users = new LinkedHashMap<>();
        Map<String, Set<Long>> scopes = new HashMap<>();
        for (String login : LOGINS) {
            WebUser user = new WebUser(base);
            HttpResponse<String> landed = user.signIn(login, PASSWORD);
            assertFalse(landed.uri().getPath().endsWith("login.xhtml"), login + " could not sign in");
            users.put(login, user);
            scopes.put(login, scope(login));
        }

        // 1. Each role follows its own links.
        List<String> leaks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Set<URI>> reached = new LinkedHashMap<>();
        Map<String, Integer> shapes = new HashMap<>();
        Set<URI> everything = new LinkedHashSet<>();
        int crawled = 0;
        int witnessed = 0;
        for (String login : LOGINS) {
            Set<URI> mine = new LinkedHashSet<>();
            Deque<URI> queue = new ArrayDeque<>(List.of(app));
            Set<URI> seen = new HashSet<>(queue);
            Map<String, Integer> queuedShapes = new HashMap<>();
            while (!queue.isEmpty() && mine.size() < PAGES_PER_ROLE) {
                URI uri = queue.poll();
                Answer a = fetch(users.get(login), uri);
                crawled++;
                judge(login, uri, a, scopes.get(login), names, leaks, failures, "its own link");
                if (login.equals("zavuch") && a.status() == 200) {
                    witnessed += names.outside(a.text(), scopes.get("parent")).size(); // the matcher's own check
                }
                if (a.status() != 200) {
                    continue;
                }
                mine.add(uri);
                String shape = shape(uri);
                if (shapes.merge(shape, 1, Integer::sum) <= SAMPLES_PER_SHAPE) {
                    everything.add(uri);
                }
                if (a.text().startsWith("<")) {
                    List<URI> links = links(app, a.at(), a.text());
                    if (mine.size() == 1 && links.isEmpty()) {
                        System.out.println("ACCESS CRAWL " + login + ": no links at " + a.at() + " (app " + app + "): "
                                + a.text().substring(0, Math.min(3000, a.text().length())));
                    }
                    for (URI link : links) {
                        // A few of each shape a role is given (every class's journal is the same page): more shapes.
                        if (seen.add(link) && queuedShapes.merge(shape(link), 1, Integer::sum) <= SHAPES_QUEUED) {
                            queue.add(link);
                        }
                    }
                }
            }
            reached.put(login, mine);
        }

        // 2. Every address anyone reached, asked by everyone; and each id swapped for another role's or a stranger's.
        Map<String, Set<String>> idsSeen = new TreeMap<>();
        for (URI uri : everything) {
            params(uri).forEach((k, v) -> {
                if (ID_PARAMS.contains(k) && v.matches("\\d+")) {
                    idsSeen.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
                }
            });
        }
        idsSeen.computeIfAbsent("child", x -> new TreeSet<>()).addAll(Names.strangersOf("parent"));
        Set<URI> tried = new LinkedHashSet<>(everything);
        for (URI uri : everything) {
            params(uri).forEach((k, v) -> {
                if (idsSeen.containsKey(k) && v.matches("\\d+")) {
                    idsSeen.get(k).stream().filter(other -> !other.equals(v)).limit(3)
                            .forEach(other -> tried.add(withParam(uri, k, other)));
                }
            });
        }
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        List<String> syncLeaks = java.util.Collections.synchronizedList(leaks);
        List<String> syncFailures = java.util.Collections.synchronizedList(failures);
        Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (String login : LOGINS) {
                jobs.add(pool.submit(() -> {
                    for (URI uri : tried) {
                        Answer a = fetch(users.get(login), uri);
                        byStatus.computeIfAbsent(String.valueOf(a.status()), s -> new AtomicInteger()).incrementAndGet();
                        if (a.status() == 200) {
                            answered.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                        judge(login, uri, a, scopes.get(login), names, syncLeaks, syncFailures, "an address it was not given");
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int pages = reached.values().stream().mapToInt(Set::size).sum();
        System.out.println("ACCESS CRAWL: " + LOGINS.size() + " logins of 2 schools; " + crawled + " requests crawling, "
                + pages + " pages and files reached (" + everything.size() + " kept of " + shapes.size() + " shapes); "
                + tried.size() + " addresses (" + (tried.size() - everything.size()) + " with ids swapped) × " + LOGINS.size()
                + " logins = " + (refused.get() + answered.get()) + " requests: " + refused.get() + " refused "
                + new TreeMap<>(byStatus) + ", " + answered.get() + " answered within scope; leaks " + leaks.size()
                + ", server errors " + failures.size() + " (the deputy's pages name " + witnessed
                + " people outside the demo parent's family: what a leak would look like)");
        reached.forEach((login, mine) -> System.out.println("ACCESS CRAWL " + login + ": " + mine.size() + " reached"));
        assertTrue(witnessed > 100, "the name matcher finds names: the deputy's pages name " + witnessed
                + " students and parents the demo parent may not see");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), "5xx answers");
        assertEquals(List.of(), leaks.subList(0, Math.min(20, leaks.size())), "names outside the asker's scope");
        assertTrue(reached.get("zavuch").size() > 30 && reached.get("parent").size() > 5 && reached.get("teacher").size() > 10,
                "the crawl went somewhere: " + reached.get("zavuch").size() + "/" + reached.get("teacher").size() + "/"
                        + reached.get("parent").size());
    }

    /** A 5xx is a failure; a 200 must name nobody outside the asker's scope; a refusal of a page says why in Russian. */
    private static void judge(String login, URI uri, Answer a, Set<Long> scope, Names names, List<String> leaks,
                              List<String> failures, String how) {
        if (a.status() >= 500) {
            failures.add(login + " " + uri + " → " + a.status());
            return;
        }
        if (a.status() == 200) {
            for (String foreign : names.outside(a.text(), scope)) {
                leaks.add(login + " (" + how + ") " + uri + " shows " + foreign);
            }
        } else if (a.text().startsWith("<") && !a.text().matches("(?s).*[А-Яа-я]{4,}.*")) {
            failures.add(login + " " + uri + " → " + a.status() + " without a Russian word");
        }
    }

    /** The page's text, or a download's: an .xlsx's cells, a PDF's text. */
    private static Answer fetch(WebUser user, URI uri) {
        HttpResponse<byte[]> r = user.getBytes(uri.toString());
        String type = r.headers().firstValue("Content-Type").orElse("");
        byte[] body = r.body();
        if (r.statusCode() != 200 || type.startsWith("text/") || type.contains("xml") || type.contains("json")) {
            return new Answer(r.statusCode(), new String(body, StandardCharsets.UTF_8), r.uri());
        }
        try {
            if (type.contains("pdf")) {
                try (PDDocument d = Loader.loadPDF(body)) {
                    return new Answer(200, new PDFTextStripper().getText(d), r.uri());
                }
            }
            if (type.contains("spreadsheet") || type.contains("zip")) {
                StringBuilder text = new StringBuilder();
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                        if (e.getName().endsWith(".xml")) {
                            text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " "));
                        }
                    }
                }
                return new Answer(200, text.toString(), r.uri());
            }
        } catch (IOException e) {
            throw new AssertionError("unreadable " + type + " from " + uri, e);
        }
        return new Answer(200, "", r.uri());
    }

    private static List<URI> links(URI app, URI page, String html) {
        List<URI> found = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&").trim();
            if (href.startsWith("javascript:") || href.startsWith("mailto:")) {
                continue;
            }
            URI link;
            try {
                link = page.resolve(href.replace(" ", "%20")).normalize();
            } catch (IllegalArgumentException e) {
                continue;
            }
            String path = link.getPath() == null ? "" : link.getPath();
            if (link.getHost() == null || !link.getHost().equals(app.getHost()) || link.getPort() != app.getPort()
                    || !path.startsWith(app.getPath()) || path.contains("faces.resource") || path.contains("/resources/")
                    || path.matches(".*\\.(css|js|png|ico|svg|woff2?)$") || path.endsWith("login.xhtml")
                    || path.contains(";jsessionid")) {
                continue;
            }
            found.add(URI.create(link.getScheme() + "://" + link.getAuthority() + path
                    + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery())));
        }
        return found;
    }

    /** An address's shape: its path and the names of its parameters. */
    private static String shape(URI uri) {
        return uri.getPath() + "?" + new TreeSet<>(params(uri).keySet());
    }

    private static Map<String, String> params(URI uri) {
        Map<String, String> p = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    p.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return p;
    }

    private static URI withParam(URI uri, String name, String value) {
        StringBuilder q = new StringBuilder();
        params(uri).forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(k.equals(name) ? value : v, StandardCharsets.UTF_8)));
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?" + q);
    }

    /** The people whose names the login may see: the persons' ids (students and parents; staff are public). */
    private static Set<Long> scope(String login) throws Exception {
        List<List<Object>> who = ServerSide.rows("""
                select a.school_id, a.person_id, string_agg(r.role, ',') from account a join account_role r on r.account_id = a.id
                where a.login = '%s' group by a.school_id, a.person_id""".formatted(login));
        Object school = who.get(0).get(0);
        Object person = who.get(0).get(1);
        Set<String> roles = Set.of(((String) who.get(0).get(2)).split(","));
        String sql;
        if (roles.stream().anyMatch(WHOLE_SCHOOL::contains)) {
            sql = """
                    select m.student_id from class_membership m join school_class c on c.id = m.class_id where c.school_id = %s
                    union select g.parent_id from guardianship g where g.school_id = %s""".formatted(school, school);
        } else if (roles.contains("TEACHER")) {
            sql = """
                    with classes as (select cs.class_id from class_subject cs where cs.teacher_id = %1$s
                                     union select c.id from school_class c where c.class_teacher_id = %1$s
                                     union select cs.class_id from lesson l join class_subject cs on cs.id = l.class_subject_id
                                           where l.teacher_id = %1$s),
                         students as (select m.student_id from class_membership m where m.class_id in (select class_id from classes))
                    select student_id from students
                    union select g.parent_id from guardianship g where g.child_id in (select student_id from students)"""
                    .formatted(person);
        } else if (roles.contains("PARENT")) {
            sql = """
                    with children as (select child_id from guardianship where parent_id = %1$s)
                    select child_id from children union select parent_id from guardianship where child_id in (select child_id from children)
                    union select %1$s""".formatted(person);
        } else if (roles.contains("STUDENT")) {
            sql = "select %1$s union select parent_id from guardianship where child_id = %1$s".formatted(person);
        } else {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (List<Object> r : ServerSide.rows(sql)) {
            ids.add(((Number) r.get(0)).longValue());
        }
        return ids;
    }

    /** The second school of the installation (as FoundationIT makes it), for its people to try the first's addresses. */
    private static void secondSchool() throws Exception {
        if (ServerSide.number("select count(*) from account where login = 'school2.zavuch'") > 0) {
            return;
        }
        Properties params = new Properties();
        params.setProperty("schoolCode", "school2");
        params.setProperty("today", LocalDate.now().toString());
        params.setProperty("classesPerGrade", String.valueOf(Size.SMALL.classesPerGrade()));
        params.setProperty("studentsPerClass", String.valueOf(Size.SMALL.studentsPerClass()));
        long id = BatchRuntime.getJobOperator().start(DemoSchoolOnStartup.JOB, params);
        JobProgress p = JobProgress.await(id, ServerSide.JOB_CEILING);
        assertEquals(BatchStatus.COMPLETED, p.status(), "the second school: " + p);
    }

    /**
     * The names of students and parents as pages write them («Фамилия И…»: the surname and the first name's first
     * letter, which the full name, the initials and «Фамилия Имя» all begin with), leaving out any a member of staff
     * shares (staff names are public).
     */
    private static final class Names {

        private final Map<String, Set<Long>> byToken = new HashMap<>();

        static Names load() throws Exception {
            Names n = new Names();
            Set<String> staff = new HashSet<>();
            for (List<Object> r : ServerSide.rows("""
                    select p.last_name, p.first_name from person p where exists (select 1 from account a
                      join account_role r on r.account_id = a.id where a.person_id = p.id and r.role not in ('STUDENT', 'PARENT'))
                      or exists (select 1 from class_subject cs where cs.teacher_id = p.id)
                      or exists (select 1 from school_class c where c.class_teacher_id = p.id)""")) {
                staff.add(token(r.get(0), r.get(1)));
            }
            for (List<Object> r : ServerSide.rows("""
                    select p.id, p.last_name, p.first_name from person p
                    where exists (select 1 from class_membership m where m.student_id = p.id)
                       or exists (select 1 from guardianship g where g.parent_id = p.id)""")) {
                String t = token(r.get(1), r.get(2));
                if (!staff.contains(t)) {
                    n.byToken.computeIfAbsent(t, k -> new HashSet<>()).add(((Number) r.get(0)).longValue());
                }
            }
            return n;
        }

        /** Two students of the demo school who are not the login's children, as a made-up «child». */
        static List<String> strangersOf(String parentLogin) throws Exception {
            List<String> ids = new ArrayList<>();
            for (List<Object> r : ServerSide.rows("""
                    select m.student_id from class_membership m join school_class c on c.id = m.class_id
                    join school s on s.id = c.school_id where m.left_on is null and not exists (select 1 from guardianship g
                      where g.child_id = m.student_id and g.parent_id = (select person_id from account where login = '%s'))
                    order by s.code, m.student_id limit 2""".formatted(parentLogin))) {
                ids.add(r.get(0).toString());
            }
            return ids;
        }

        private static String token(Object last, Object first) {
            return last + " " + ((String) first).charAt(0);
        }

        /** The names in {@code text} of people none of whom is in {@code scope}. */
        List<String> outside(String text, Set<Long> scope) {
            List<String> found = new ArrayList<>();
            if (text.isEmpty()) {
                return found;
            }
            for (Map.Entry<String, Set<Long>> e : byToken.entrySet()) {
                String t = e.getKey();
                for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
                    boolean starts = i == 0 || !Character.isLetter(text.charAt(i - 1)) && text.charAt(i - 1) != '-';
                    if (starts && e.getValue().stream().noneMatch(scope::contains)) {
                        found.add(t);
                        break;
                    }
                }
            }
            return found;
        }
    }
}
