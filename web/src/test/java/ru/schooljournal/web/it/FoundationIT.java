package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.schooljournal.access.boundary.SignIn;
import ru.schooljournal.access.entity.LoginEvent;
import ru.schooljournal.demo.DemoSchoolOnStartup;
import ru.schooljournal.demo.JobProgress;
import ru.schooljournal.demo.control.DemoSchoolPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.Size;

/**
 * The foundation on Payara Micro and the real PostgreSQL: migrations, the demo school loaded by its batch
 * job, sign-in with lockout, each role's home, and the hard limits a user can reach by URL.
 * One deployment for all of it (each deployment boots a Payara Micro).
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    private static final String PASSWORD = "Demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.journal().addClasses(Deployments.class, ServerSide.class, WebUser.class, TestDatabase.class);
    }

    @ArquillianResource
    URL base;

    @EJB
    DemoSchoolOnStartup demoOnStartup;

    @EJB
    SignIn signIn;

    // ---- in the container ------------------------------------------------------------------------------

    @Test
    void schemaIsMadeByVersionedMigrationsNotByJpa() throws Exception {
        awaitDemoSchool();
        assertEquals(0, count("select count(*) from flyway_schema_history where not success"));
        assertTrue(count("select count(*) from flyway_schema_history where version = '1'") == 1);
        assertEquals(0, count("select count(*) from information_schema.tables where table_name = 'sequence'"),
                "JPA generated no tables of its own");
    }

    @Test
    void demoSchoolHasGradesOneToElevenWithTwoClassesOfAboutTwentyFiveStudents() throws Exception {
        awaitDemoSchool();
        long school = count("select id from school where code = 'demo'");
        // The plan's classes (other tests add classes with other letters to the demo school).
        assertEquals(22, count("select count(*) from school_class where letter in ('А', 'Б') and school_id = " + school));
        assertEquals(11, count("select count(distinct grade) from school_class where school_id = " + school));
        assertEquals(0, count("""
                select count(*) from (select class_id, count(*) n from class_membership m
                  join school_class c on c.id = m.class_id where c.school_id = %d
                  group by class_id having count(*) not between 23 and 27) x""".formatted(school)));
        assertEquals(0, count("""
                select count(*) from class_membership m where m.school_id = %d and not exists
                  (select 1 from guardianship g where g.child_id = m.student_id)""".formatted(school)),
                "every student has a parent");
        assertTrue(count("select count(*) from subject where school_id = " + school) >= 15);
        assertEquals(4, count("select count(*) from study_period p join academic_year y on y.id = p.year_id "
                + "where y.current and y.school_id = " + school + " and p.kind = 'QUARTER'"));
        assertEquals(0, count("select count(*) from school_class where class_teacher_id is null and school_id = " + school));
    }

    @Test
    void demoTimetableNeverPutsATeacherInTwoClassesAtOnce() throws Exception {
        awaitDemoSchool();
        assertEquals(0, count("""
                select count(*) from (select cs.teacher_id, ts.weekday, ts.lesson_number from timetable_slot ts
                  join class_subject cs on cs.id = ts.class_subject_id
                  group by cs.teacher_id, ts.weekday, ts.lesson_number having count(*) > 1) clashes"""));
        assertTrue(count("select count(*) from timetable_slot") > 22 * 20);
    }

    @Test
    void everySchoolOwnedRowBelongsToTheSchoolOfWhatItLinks() throws Exception {
        awaitDemoSchool();
        assertEquals(0, count("""
                select count(*) from class_membership m join school_class c on c.id = m.class_id
                  join person p on p.id = m.student_id
                  where m.school_id <> c.school_id or p.school_id <> c.school_id"""));
        assertEquals(0, count("""
                select count(*) from class_subject cs join school_class c on c.id = cs.class_id
                  join subject s on s.id = cs.subject_id where cs.school_id <> c.school_id or s.school_id <> c.school_id"""));
        assertEquals(0, count("""
                select count(*) from guardianship g join person p on p.id = g.parent_id
                  join person ch on ch.id = g.child_id where g.school_id <> p.school_id or g.school_id <> ch.school_id"""));
    }

    @Test
    void batchJobRepositoryLivesInOurPostgresql() throws Exception {
        awaitDemoSchool();
        assertTrue(count("select count(*) from information_schema.tables where lower(table_name) like '%jobinstancedata%'") > 0,
                "the batch runtime keeps its jobs in the journal database");
    }

    @Test
    void demoSchoolJobRunAgainChangesNothing() throws Exception {
        awaitDemoSchool();
        long people = count("select count(*) from person");
        long slots = count("select count(*) from timetable_slot");
        JobExecution run = runJob("demo");
        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
        assertEquals("EXISTS", run.getExitStatus());
        assertEquals(people, count("select count(*) from person"));
        assertEquals(slots, count("select count(*) from timetable_slot"));
    }

    @Test
    void aSecondSchoolLivesBesideTheFirstInOneInstallation() throws Exception {
        awaitDemoSchool();
        long demoClasses = count("select count(*) from school_class c join school s on s.id = c.school_id where s.code = 'demo'");
        JobExecution run = runJob("school2");
        assertEquals(BatchStatus.COMPLETED, run.getBatchStatus(), "exit status " + run.getExitStatus());
        assertEquals(11, count("select count(*) from school_class c join school s on s.id = c.school_id where s.code = 'school2'"));
        assertEquals(demoClasses, count("select count(*) from school_class c join school s on s.id = c.school_id where s.code = 'demo'"));
        assertEquals(2, count("select count(*) from school where authority_id = (select authority_id from school where code = 'demo')"),
                "both schools under one authority");
        SignIn.Result teacher = signIn.check("school2.teacher", PASSWORD, "127.0.0.1");
        assertEquals(LoginEvent.Outcome.SUCCESS, teacher.outcome());
        assertEquals(0, count("""
                select count(*) from class_subject cs join school_class c on c.id = cs.class_id
                  join person t on t.id = cs.teacher_id where t.school_id <> c.school_id"""),
                "no teacher teaches in another school's class");
    }

    @Test
    void demoSchoolJobThatDiesHalfWayResumesFromItsCheckpointWithoutDuplicates() throws Exception {
        awaitDemoSchool();
        // A login that 5А's student will want is already taken: the chunk with 5А fails and rolls back.
        execute("insert into account (school_id, login, password_hash) "
                + "select id, 'restart.student', 'x' from school where code = 'demo'");
        JobExecution failed = runJob("restart");
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        long halfWay = count("select count(*) from school_class c join school s on s.id = c.school_id where s.code = 'restart'");
        assertTrue(halfWay > 0 && halfWay < 11, "committed chunks stay: " + halfWay);

        execute("delete from account where login = 'restart.student' and person_id is null");
        JobOperator jobs = BatchRuntime.getJobOperator();
        JobExecution resumed = await(jobs.restart(failed.getExecutionId(), smallSchool("restart")));
        assertEquals(BatchStatus.COMPLETED, resumed.getBatchStatus());
        assertEquals(11, count("select count(*) from school_class c join school s on s.id = c.school_id where s.code = 'restart'"));
        assertEquals(0, count("""
                select count(*) from (select p.external_id from person p join school s on s.id = p.school_id
                  where s.code = 'restart' group by p.external_id having count(*) > 1) twins"""), "no one written twice");
        DemoSchoolPlan plan = DemoSchoolPlan.create("restart", LocalDate.now(), Size.SMALL);
        long planned = plan.staff().size() + plan.classes().stream()
                .flatMap(c -> c.students().stream())
                .flatMap(st -> java.util.stream.Stream.concat(java.util.stream.Stream.of(st.key()),
                        st.parents().stream().map(p -> p.key())))
                .distinct().count();
        assertEquals(planned, count("select count(*) from person p join school s on s.id = p.school_id where s.code = 'restart'"),
                "the resumed school has exactly the people of its plan");
        assertEquals(2, count("""
                select count(*) from guardianship g join account a on a.person_id = g.parent_id
                  where a.login = 'restart.parent'"""), "the parent shared by two classes was written once, with both children");
    }

    // ---- as users over HTTP ------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void healthSaysUpWhenSchemaAndDemoSchoolAreReady() {
        Deployments.awaitHealthy(base);
        HttpResponse<String> health = new WebUser(base).get("api/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
    }

    @Test
    @RunAsClient
    void eachDemoRoleLandsOnItsOwnHome() {
        Deployments.awaitHealthy(base);
        Map<String, String[]> homes = Map.ofEntries(
                Map.entry("admin", new String[]{"/school/overview.xhtml", "Классы"}),
                Map.entry("director", new String[]{"/school/overview.xhtml", "Учащихся"}),
                Map.entry("zavuch", new String[]{"/school/overview.xhtml", "Классный руководитель"}),
                Map.entry("secretary", new String[]{"/school/overview.xhtml", "Классы"}),
                Map.entry("nurse", new String[]{"/school/overview.xhtml", "Классы"}),
                Map.entry("hr", new String[]{"/school/overview.xhtml", "Классы"}),
                Map.entry("teacher", new String[]{"/teacher/classes.xhtml", "Мои классы"}),
                Map.entry("teacher2", new String[]{"/teacher/classes.xhtml", "Мои классы"}),
                Map.entry("parent", new String[]{"/parent/children.xhtml", "Мои дети"}),
                Map.entry("student", new String[]{"/student/diary.xhtml", "Дневник"}),
                Map.entry("authority", new String[]{"/authority/schools.xhtml", "МБОУ СОШ № 1"}));
        homes.forEach((login, expected) -> {
            HttpResponse<String> home = new WebUser(base).signIn(login, PASSWORD);
            assertEquals(200, home.statusCode(), login);
            assertTrue(home.uri().getPath().endsWith(expected[0]), login + " landed on " + home.uri());
            assertTrue(home.body().contains(expected[1]), login + " sees «" + expected[1] + "»");
            assertTrue(home.body().contains("Выход"), login + " can sign out");
        });
    }

    @Test
    @RunAsClient
    void teacherSeesTheirClassesWithTheOneTheyLead() {
        Deployments.awaitHealthy(base);
        HttpResponse<String> page = new WebUser(base).signIn("teacher", PASSWORD);
        assertTrue(page.body().contains("data-class=\"5А\""), "5А among the teacher's classes");
        assertTrue(page.body().contains("классный руководитель"));
        assertTrue(page.body().contains("математика"));
        assertTrue(page.body().contains("Уроки сегодня"));
    }

    @Test
    @RunAsClient
    void aPostWithoutItsPagesNonceIsA400InRussianNotAFailure() {
        Deployments.awaitHealthy(base);
        WebUser user = new WebUser(base);
        HttpResponse<String> form = user.get("login.xhtml");
        assertTrue(form.body().contains("PrimeFaces.csp.init("), "the page's scripts carry the nonce");
        // As a browser without JavaScript would post it: the form's fields, no nonce (a wrong password, so that the
        // page answers itself rather than redirecting).
        HttpResponse<String> posted = user.post(form.uri(), Map.of("loginForm", "loginForm", "loginForm:login", "teacher",
                "loginForm:password", "wrong-password-9", "loginForm:signIn", "",
                "jakarta.faces.ViewState", WebUser.viewState(form.body())));
        assertEquals(400, posted.statusCode());
        assertTrue(posted.body().contains("JavaScript"), posted.body());
    }

    @Test
    @RunAsClient
    void wrongPasswordIsRefusedInRussianAndLeavesTheUserSignedOut() {
        Deployments.awaitHealthy(base);
        WebUser user = new WebUser(base);
        HttpResponse<String> page = user.signIn("teacher", "wrong-password-1");
        assertTrue(page.body().contains("Неверный логин или пароль."), page.body());
        assertTrue(user.get("teacher/classes.xhtml").uri().getPath().endsWith("/login.xhtml"));
        assertTrue(new WebUser(base).signIn("nobody-at-all", "x1234567").body().contains("Неверный логин или пароль."));
    }

    @Test
    @RunAsClient
    void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightOne() {
        Deployments.awaitHealthy(base);
        try {
            for (int i = 1; i <= 4; i++) {
                assertTrue(new WebUser(base).signIn("tech", "guess-" + i).body().contains("Неверный логин или пароль."));
            }
            assertTrue(new WebUser(base).signIn("tech", "guess-5").body().contains("Вход временно заблокирован"));
            HttpResponse<String> right = new WebUser(base).signIn("tech", PASSWORD);
            assertTrue(right.uri().getPath().endsWith("/login.xhtml"), "locked out despite the right password");
            assertTrue(right.body().contains("Вход временно заблокирован"));
        } finally {
            TestDatabase.update("update account set locked_until = null, failed_attempts = 0 where login = 'tech'");
        }
        assertTrue(new WebUser(base).signIn("tech", PASSWORD).uri().getPath().endsWith("/school/overview.xhtml"));
    }

    @Test
    @RunAsClient
    void parentSeesTheirOwnChildrenAndNoOneElses() {
        Deployments.awaitHealthy(base);
        WebUser parent = new WebUser(base);
        HttpResponse<String> children = parent.signIn("parent", PASSWORD);
        long parentId = TestDatabase.number("select person_id from account where login = 'parent'");
        List<Object> own = TestDatabase.firstRow("select child_id from guardianship where parent_id = ? order by child_id", parentId);
        assertEquals(2, TestDatabase.number("select count(*) from guardianship where parent_id = ?", parentId));
        assertEquals(2, occurrences(children.body(), "data-child=\""), "two children on the page");

        HttpResponse<String> ownDiary = parent.get("parent/diary.xhtml?child=" + own.get(0));
        assertEquals(200, ownDiary.statusCode());
        assertTrue(ownDiary.body().contains("Дневник:"));

        long stranger = TestDatabase.number("""
                select m.student_id from class_membership m where not exists
                  (select 1 from guardianship g where g.child_id = m.student_id and g.parent_id = ?) limit 1""", parentId);
        HttpResponse<String> refused = parent.get("parent/diary.xhtml?child=" + stranger);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Этот дневник вам недоступен"), refused.body());
        String strangerName = (String) TestDatabase.firstRow("select last_name from person where id = ?", stranger).get(0);
        assertFalse(refused.body().contains(strangerName + " "), "nothing of the stranger's shows");
    }

    @Test
    @RunAsClient
    void studentSeesOwnDiaryAndCannotOpenTeacherOrParentPages() {
        Deployments.awaitHealthy(base);
        WebUser student = new WebUser(base);
        HttpResponse<String> diary = student.signIn("student", PASSWORD);
        String lastName = (String) TestDatabase.firstRow(
                "select p.last_name from account a join person p on p.id = a.person_id where a.login = 'student'").get(0);
        assertTrue(diary.body().contains(lastName), "the diary names the student");
        assertTrue(diary.body().contains("5А"));
        HttpResponse<String> teacherPage = student.get("teacher/classes.xhtml");
        assertEquals(403, teacherPage.statusCode());
        assertTrue(teacherPage.body().contains("Доступ запрещён"));
        assertEquals(403, student.get("parent/diary.xhtml?child=1").statusCode());
        assertEquals(403, student.get("school/overview.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void signingOutEndsTheSession() {
        Deployments.awaitHealthy(base);
        WebUser teacher = new WebUser(base);
        HttpResponse<String> home = teacher.signIn("teacher", PASSWORD);
        HttpResponse<String> out = teacher.submit(home, "userForm", "userForm:logout", Map.of());
        assertTrue(out.uri().getPath().endsWith("/login.xhtml"), out.uri().toString());
        assertTrue(out.body().contains("Вы вышли из журнала."));
        assertTrue(teacher.get("teacher/classes.xhtml").uri().getPath().endsWith("/login.xhtml"));
    }

    /**
     * SPEC §3: an issued password must be replaced at the first sign-in; the new one must be strong and not
     * one everyone tries; the change signs out every other session of the account (someone who had the old
     * password is out at once).
     */
    @Test
    @RunAsClient
    void firstSignInWithAnIssuedPasswordForcesANewOne() {
        Deployments.awaitHealthy(base);
        TestDatabase.update("update account set must_change_password = true where login = 'psychologist'");
        WebUser elsewhere = new WebUser(base);
        elsewhere.signIn("psychologist", PASSWORD);
        WebUser user = new WebUser(base);
        HttpResponse<String> page = user.signIn("psychologist", PASSWORD);
        assertTrue(page.uri().getPath().endsWith("/password.xhtml"), page.uri().toString());
        assertTrue(user.get("school/overview.xhtml").uri().getPath().endsWith("/password.xhtml"),
                "no other page until the password is changed");
        HttpResponse<String> weak = user.submit(page, "passwordForm", "passwordForm:save", Map.of(
                "passwordForm:current", PASSWORD, "passwordForm:fresh", "short", "passwordForm:repeat", "short"));
        assertTrue(weak.body().contains("Пароль должен быть не короче 8 символов."), weak.body());
        HttpResponse<String> common = user.submit(weak, "passwordForm", "passwordForm:save", Map.of(
                "passwordForm:current", PASSWORD, "passwordForm:fresh", "Qwerty123", "passwordForm:repeat", "Qwerty123"));
        assertTrue(common.body().contains("Этот пароль слишком распространён"), common.body());
        assertTrue(elsewhere.get("password.xhtml").uri().getPath().endsWith("/password.xhtml"), "the other session is still on");
        HttpResponse<String> done = user.submit(weak, "passwordForm", "passwordForm:save", Map.of(
                "passwordForm:current", PASSWORD, "passwordForm:fresh", "Psy-2027-new", "passwordForm:repeat", "Psy-2027-new"));
        assertTrue(done.uri().getPath().endsWith("/school/overview.xhtml"), done.uri().toString());
        assertTrue(elsewhere.get("school/overview.xhtml").uri().getPath().endsWith("/login.xhtml"),
                "the other session, signed in with the old password, is over");
        assertTrue(user.get("school/overview.xhtml").uri().getPath().endsWith("/school/overview.xhtml"), "this one goes on");
        assertTrue(new WebUser(base).signIn("psychologist", PASSWORD).body().contains("Неверный логин или пароль."));
        WebUser back = new WebUser(base);
        HttpResponse<String> again = back.signIn("psychologist", "Psy-2027-new");
        assertTrue(again.uri().getPath().endsWith("/school/overview.xhtml"));
        // leave the demo login as the README says it is
        HttpResponse<String> form = back.get("password.xhtml");
        back.submit(form, "passwordForm", "passwordForm:save", Map.of("passwordForm:current", "Psy-2027-new",
                "passwordForm:fresh", PASSWORD, "passwordForm:repeat", PASSWORD));
        assertTrue(new WebUser(base).signIn("psychologist", PASSWORD).uri().getPath().endsWith("/school/overview.xhtml"));
    }

    /** SPEC §3: a temporary password expires after the school's number of days (14 unless changed). */
    @Test
    @RunAsClient
    void aTemporaryPasswordNoLongerSignsInAfterTheSchoolsNumberOfDays() {
        Deployments.awaitHealthy(base);
        try {
            TestDatabase.update("update account set must_change_password = true, password_issued_at = now() - interval '13 days' "
                    + "where login = 'psychologist'");
            WebUser fresh = new WebUser(base);
            assertTrue(fresh.signIn("psychologist", PASSWORD).uri().getPath().endsWith("/password.xhtml"), "13 days: still valid");
            TestDatabase.update("update account set password_issued_at = now() - interval '15 days' where login = 'psychologist'");
            HttpResponse<String> old = new WebUser(base).signIn("psychologist", PASSWORD);
            assertTrue(old.body().contains("Временный пароль больше не действует"), old.body());
            assertTrue(old.uri().getPath().endsWith("/login.xhtml"), old.uri().toString());
        } finally {
            TestDatabase.update("update account set must_change_password = false, password_issued_at = null where login = 'psychologist'");
        }
    }

    @Test
    @RunAsClient
    void thePasswordPageCountsWrongCurrentPasswordsAsSignInDoesAndLocksAfterFive() {
        Deployments.awaitHealthy(base);
        try {
            WebUser hr = new WebUser(base);
            hr.signIn("hr", PASSWORD);
            HttpResponse<String> page = hr.get("password.xhtml");
            for (int i = 1; i <= 4; i++) {
                page = hr.submit(page, "passwordForm", "passwordForm:save", Map.of("passwordForm:current", "guess-" + i,
                        "passwordForm:fresh", "Hr-2027-new-pass", "passwordForm:repeat", "Hr-2027-new-pass"));
                assertTrue(page.uri().getPath().endsWith("/password.xhtml"), "guess " + i + " refused on the page");
            }
            HttpResponse<String> fifth = hr.submit(page, "passwordForm", "passwordForm:save", Map.of("passwordForm:current",
                    "guess-5", "passwordForm:fresh", "Hr-2027-new-pass", "passwordForm:repeat", "Hr-2027-new-pass"));
            assertTrue(fifth.uri().getPath().endsWith("/login.xhtml"), "the fifth wrong guess signs out: " + fifth.uri());
            assertTrue(fifth.body().contains("заблокирован"), fifth.body());
            assertTrue(hr.get("school/overview.xhtml").uri().getPath().endsWith("/login.xhtml"), "the session is over");
            assertFalse(new WebUser(base).signIn("hr", PASSWORD).uri().getPath().endsWith("/overview.xhtml"),
                    "even the right password waits for the lock to end");
        } finally {
            TestDatabase.update("update account set failed_attempts = 0, locked_until = null where login = 'hr'");
        }
    }

    @Test
    @RunAsClient
    void theSchoolsClassListLinksOnlyTheClassesTheReaderMayOpen() {
        Deployments.awaitHealthy(base);
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("href=\"[^\"]*school/class\\.xhtml\\?id=(\\d+)\"");
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        HttpResponse<String> overview = teacher.get("school/overview.xhtml");
        assertEquals(200, overview.statusCode());
        java.util.Set<String> linked = new java.util.TreeSet<>();
        java.util.regex.Matcher m = link.matcher(overview.body());
        while (m.find()) {
            linked.add(m.group(1));
        }
        assertFalse(linked.isEmpty(), "the teacher's own classes are linked");
        assertTrue(linked.size() < 22, "not every class: " + linked);
        for (String id : linked) {
            assertEquals(200, teacher.get("school/class.xhtml?id=" + id).statusCode(), "a linked class opens: " + id);
        }
        WebUser tech = new WebUser(base);
        tech.signIn("tech", PASSWORD);
        HttpResponse<String> techView = tech.get("school/overview.xhtml");
        assertEquals(200, techView.statusCode());
        assertFalse(link.matcher(techView.body()).find(), "technical staff see the list, with no link that would be refused");
    }

    @Test
    @RunAsClient
    void anIssuedPasswordLeadsEveryRequestToThePasswordChangeDownloadsToo() {
        Deployments.awaitHealthy(base);
        long seventh = TestDatabase.number("select c.id from school_class c join school s on s.id = c.school_id "
                + "where s.code = 'demo' and c.grade = 7 and c.letter = 'А'");
        try {
            TestDatabase.update("update account set must_change_password = true where login = 'nurse'");
            WebUser nurse = new WebUser(base);
            assertTrue(nurse.signIn("nurse", PASSWORD).uri().getPath().endsWith("/password.xhtml"));
            HttpResponse<byte[]> list = nurse.getBytes("school/health-list.xlsx?class=" + seventh);
            assertTrue(list.uri().getPath().endsWith("/password.xhtml"), "the nurse's list waits for a new password: " + list.uri());
        } finally {
            TestDatabase.update("update account set must_change_password = false where login = 'nurse'");
        }
    }

    @Test
    @RunAsClient
    void everyAnswerCarriesTheSecurityHeadersAndPagesArePutInNoCache() {
        Deployments.awaitHealthy(base);
        WebUser admin = new WebUser(base);
        HttpResponse<String> page = admin.signIn("admin", PASSWORD);
        HttpResponse<String> login = new WebUser(base).get("login.xhtml");
        HttpResponse<String> missing = admin.get("school/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        HttpResponse<String> refused = new WebUser(base).get("journal/sheet.xhtml?cs=abc");
        // An AJAX answer: the lesson picker of a journal the administrator keeps.
        HttpResponse<String> sheet = admin.get("journal/sheet.xhtml?cs=" + TestDatabase.teachersOtherJournal());
        assertEquals(200, sheet.statusCode());
        HttpResponse<String> ajax = admin.submit(sheet, "journalForm", "journalForm:cellHistory",
                Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "journalForm:cellHistory",
                        "jakarta.faces.partial.execute", "journalForm:cellHistory", "jakarta.faces.partial.render", "journalForm:history"));
        assertTrue(ajax.body().contains("partial-response"), ajax.body());
        for (HttpResponse<String> r : List.of(page, login, missing, refused, ajax)) {
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri().toString());
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""));
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            if (r.statusCode() == 200 && r.body().contains("<html")) {
                assertTrue(r.headers().allValues("Content-Security-Policy").stream()
                        .anyMatch(v -> v.matches("(?s).*script-src 'self' 'nonce-[^' ]+'.*")),
                        "scripts only from the application or with the page's nonce: " + r.headers().allValues("Content-Security-Policy"));
            }
            assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                    "a page with personal data is not kept by a shared computer's browser: " + r.uri());
        }
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/[^\"]*jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(page.body());
        assertTrue(css.find(), "the page links its style sheets");
        HttpResponse<String> resource = admin.get(css.group(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode());
        assertFalse(resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "static resources stay cacheable");
        assertEquals("nosniff", resource.headers().firstValue("X-Content-Type-Options").orElse(""));
        // A download with personal data (the class list template is not one, the nurse's list is: both no-store).
        HttpResponse<byte[]> template = admin.getBytes("school/roster-template.xlsx");
        assertEquals(200, template.statusCode());
        assertTrue(template.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals("nosniff", template.headers().firstValue("X-Content-Type-Options").orElse(""));
        // Payara's own monitoring endpoints tell nobody about the server (heap, pools, threads).
        for (String endpoint : List.of("/metrics", "/health", "/openapi")) {
            HttpResponse<String> r = new WebUser(base).get(endpoint);
            assertFalse(r.statusCode() == 200 && !r.body().contains("<html"), endpoint + " answers " + r.statusCode());
            assertFalse(r.body().contains("heap") || r.body().contains("jvm_") || r.body().contains("\"status\":\"UP\""), endpoint);
        }
    }

    /**
     * SPEC §3, sessions and addresses: the session cookie is HttpOnly and SameSite=Lax (never sent with another
     * site's form); a redirect names a path, never the Host header a request came with (anyone can set it).
     */
    @Test
    @RunAsClient
    void theSessionCookieStaysHomeAndRedirectsNeverNameTheHostARequestClaimed() throws Exception {
        Deployments.awaitHealthy(base);
        String login = raw("login.xhtml", base.getHost() + ":" + base.getPort());
        String cookie = login.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie: JSESSIONID", 0, 22)).findFirst()
                .orElseThrow(() -> new AssertionError("the sign-in page starts a session:\n" + login));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        String home = raw("", "attacker.example");
        assertTrue(home.startsWith("HTTP/1.1 302"), home);
        assertFalse(home.contains("attacker.example"), "the redirect names a path only:\n" + home);
        String signedOut = raw("teacher/classes.xhtml", "attacker.example");
        assertFalse(signedOut.contains("attacker.example"), "nor does the way to the sign-in page:\n" + signedOut);
    }

    /** The head of a plain GET sent by hand, with the Host header given (a client library would not send it). */
    private String raw(String path, String host) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + base.getPath() + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }

    /**
     * The README's backup and restore (payara-config/bin/backup, …/restore): a backup taken while the journal
     * runs restores into a new database with every mark, history row and account, value for value.
     */
    @Test
    @RunAsClient
    void aBackupRestoresIntoANewDatabaseWithEveryMarkHistoryRowAndAccount() throws Exception {
        Deployments.awaitHealthy(base);
        String fingerprint = """
                select (select count(*) || '/' || md5(coalesce(string_agg(id || ':' || value || ':' || student_id, ',' order by id), ''))
                        from mark),
                       (select count(*) || '/' || md5(coalesce(string_agg(id || ':' || coalesce(new_value, ''), ',' order by id), ''))
                        from journal_change),
                       (select count(*) || '/' || md5(coalesce(string_agg(login || ':' || password_hash, ',' order by id), ''))
                        from account)""";
        String database = System.getProperty("journal.test.db.url").replaceFirst(".*/([^/?]+).*", "$1");
        String restored = database + "_restored";
        java.nio.file.Path dump = java.nio.file.Files.createTempFile("journal", ".dump");
        java.nio.file.Path scripts = java.nio.file.Path.of("..", "payara-config", "bin").toAbsolutePath().normalize();
        TestDatabase.update("drop database if exists " + restored); // left by a run that was stopped half-way
        // At least one history row, whatever tests ran before: a topic set on a lesson, as the journal writes it.
        TestDatabase.update("insert into journal_change (school_id, class_subject_id, lesson_id, field, old_value, new_value, changed_by) "
                + "select l.school_id, l.class_subject_id, l.id, 'TOPIC', l.topic, 'Резервная копия', "
                + "(select id from account where login = 'admin') from lesson l order by l.id limit 1");
        try {
            List<Object> before = TestDatabase.firstRow(fingerprint);
            run(scripts.resolve("backup").toString(), dump.toString());
            String said = run(scripts.resolve("restore").toString(), dump.toString(), restored);
            List<Object> after = TestDatabase.firstRowIn(restored, fingerprint);
            assertEquals(before, after, "marks, history and accounts restored as they were");
            assertTrue(said.contains("restored: "), said);
            System.out.println("BACKUP " + java.nio.file.Files.size(dump) / 1024 + " KB; " + said.strip());
        } finally {
            java.nio.file.Files.deleteIfExists(dump);
            TestDatabase.update("drop database if exists " + restored);
        }
    }

    /** Runs a README command against the test database; its output, or a failure with it. */
    private static String run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JOURNAL_DB_URL", System.getProperty("journal.test.db.url"));
        pb.environment().put("JOURNAL_DB_USER", System.getProperty("journal.test.db.user"));
        pb.environment().put("JOURNAL_DB_PASSWORD", System.getProperty("journal.test.db.password"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }

    /**
     * SPEC §3 under load: ten people at once (each their own session, signing in again every few pages) open
     * their pages and the teachers save marks through the grid's own AJAX request, for 20 s, then fifty at
     * once for 20 s more — nobody who has the right is ever refused (the container's form mechanism refused
     * 2–5 % of such requests at 10 connections and 5–13 % at 50).
     */
    @Test
    @RunAsClient
    void signedInUsersAreNeverRefusedWhatTheyMayDoWhileOthersWorkAtTheSameTime() throws Exception {
        Deployments.awaitHealthy(base);
        long cs = TestDatabase.teachersOtherJournal();
        java.time.LocalDate day = TestDatabase.lessonDay();
        long lesson = TestDatabase.number("""
                insert into lesson (school_id, class_subject_id, date, number, teacher_id, work_type_id, topic)
                select cs.school_id, cs.id, ?, 0, cs.teacher_id,
                       (select id from work_type w where w.school_id = cs.school_id and w.key = 'о'), 'Нагрузка'
                from class_subject cs where cs.id = ?
                on conflict (class_subject_id, date, number) do update set topic = 'Нагрузка' returning id""", day, cs);
        TestDatabase.update("insert into date_opening (school_id, teacher_id, date, reason, granted_by) "
                + "select school_id, person_id, date '" + day + "', 'Проверка под нагрузкой', id from account where login = 'admin'");
        Map<String, List<String>> pages = Map.of(
                "teacher", List.of("teacher/classes.xhtml", "journal/sheet.xhtml?cs=" + cs),
                "teacher2", List.of("teacher/classes.xhtml"),
                "parent", List.of("parent/children.xhtml"),
                "student", List.of("student/diary.xhtml"),
                "zavuch", List.of("school/overview.xhtml", "school/unfilled.xhtml"),
                "director", List.of("school/overview.xhtml"),
                "admin", List.of("school/overview.xhtml", "school/access.xhtml"),
                "secretary", List.of("school/overview.xhtml"),
                "nurse", List.of("school/overview.xhtml"));
        List<String> ten = new java.util.ArrayList<>(pages.keySet());
        ten.add("teacher"); // two teachers' sessions save marks at once
        List<String> fifty = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fifty.addAll(ten);
        }
        for (List<String> logins : List.of(ten, fifty)) {
            load(logins, pages, 20, lesson);
        }
    }

    /** {@code logins.size()} sessions at once, each its own, for {@code seconds}: the counts, and no one refused. */
    private void load(List<String> logins, Map<String, List<String>> pages, int seconds, long lesson) throws Exception {
        long changesBefore = TestDatabase.number("select count(*) from journal_change where lesson_id = ?", lesson);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger saves = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ConcurrentLinkedQueue<String> refused = new java.util.concurrent.ConcurrentLinkedQueue<>();
        long until = System.nanoTime() + java.time.Duration.ofSeconds(seconds).toNanos();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(logins.size());
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < logins.size(); t++) {
            String login = logins.get(t);
            int thread = t;
            done.add(pool.submit(() -> {
                int round = 0;
                while (System.nanoTime() < until) {
                    WebUser user = new WebUser(base);
                    HttpResponse<String> home = user.signIn(login, PASSWORD);
                    requests.incrementAndGet();
                    check(refused, login + " signing in", home);
                    for (int i = 0; i < 8 && System.nanoTime() < until; i++, round++) {
                        String path = pages.get(login).get(i % pages.get(login).size());
                        HttpResponse<String> page = user.get(path);
                        requests.incrementAndGet();
                        check(refused, login + " " + path, page);
                        if (path.startsWith("journal/") && page.statusCode() == 200) {
                            // Each session its own student's cell: a save is never refused as someone else's change.
                            HttpResponse<String> saved = user.saveCell(page, "Нагрузка", thread % 20, round % 2 == 0 ? "5" : "4");
                            requests.incrementAndGet();
                            saves.incrementAndGet();
                            check(refused, login + " saving a mark", saved);
                        }
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("LOAD %d users, %d requests (%d grid saves) in %d s, %d refused%n", logins.size(),
                requests.get(), saves.get(), seconds, refused.size());
        assertTrue(saves.get() > 0, "the teachers saved marks");
        assertTrue(TestDatabase.number("select count(*) from journal_change where lesson_id = ?", lesson) > changesBefore,
                "the saves were written, with their history");
        assertEquals(List.of(), List.copyOf(refused), "no one is refused what they may do");
    }

    private static void check(java.util.Collection<String> refused, String what, HttpResponse<String> r) {
        if (r.statusCode() != 200 || r.body().contains("Доступ запрещён") || r.body().contains("error-title")) {
            refused.add(what + " → " + r.statusCode() + " " + r.uri());
        }
    }

    @Test
    @RunAsClient
    void unknownPageAnswersInRussianWithoutAStackTrace() {
        Deployments.awaitHealthy(base);
        WebUser admin = new WebUser(base);
        admin.signIn("admin", PASSWORD);
        HttpResponse<String> missing = admin.get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Страница не найдена"), missing.body());
        WebUser student = new WebUser(base);
        student.signIn("student", PASSWORD);
        HttpResponse<String> badWeek = student.get("student/diary.xhtml?week=not-a-date");
        assertEquals(200, badWeek.statusCode(), "a mistyped week shows this week");
        assertTrue(badWeek.body().contains("Дневник:"));
        assertFalse(badWeek.body().contains("at ru.schooljournal"), "no stack trace");
        // A malformed journal or plan address: a 4xx in Russian that names the parameter, never an empty page or a 500.
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        for (String address : List.of("journal/sheet.xhtml?cs=abc", "journal/plan.xhtml?cs=abc", "journal/sheet.xhtml?cs=1&period=abc")) {
            HttpResponse<String> bad = teacher.get(address);
            assertEquals(400, bad.statusCode(), address);
            assertTrue(bad.body().contains("ожидается номер") && bad.body().contains("«abc»"), address + ": " + bad.body());
        }
        HttpResponse<String> none = teacher.get("journal/sheet.xhtml");
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("нет параметра «cs» (журнал)"), none.body());
        assertEquals(404, teacher.get("journal/sheet.xhtml?cs=999999999").statusCode());
        // A form sent with a view state its session does not have (expired, or forged): a page in Russian.
        HttpResponse<String> form = new WebUser(base).get("login.xhtml");
        HttpResponse<String> stale = new WebUser(base).submit(form, "loginForm", "loginForm:signIn",
                Map.of("loginForm:login", "teacher", "loginForm:password", PASSWORD));
        assertTrue(stale.uri().getPath().endsWith("/error/expired.xhtml"), stale.uri() + ": " + stale.body());
        assertTrue(stale.body().contains("error-title"), stale.body());
        // Dates no school's journal holds, in the day's changes and the diary: the page of today, not a 500.
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        WebUser pupil = new WebUser(base);
        pupil.signIn("student", PASSWORD);
        for (HttpResponse<String> r : List.of(deputy.get("school/changes.xhtml?date=-999999999-01-01"),
                deputy.get("school/changes.xhtml?date=31.02.2026"), pupil.get("student/diary.xhtml?week=%2B999999999-12-31"))) {
            assertEquals(200, r.statusCode(), r.uri() + ": " + r.body());
            assertFalse(r.body().contains("error-title"), r.uri().toString());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private void awaitDemoSchool() throws InterruptedException {
        ServerSide.awaitDemoSchool(demoOnStartup);
    }

    /** Runs the demo-school job for another school, of the small size (one class a grade, ~8 students). */
    private static JobExecution runJob(String code) throws InterruptedException {
        return await(BatchRuntime.getJobOperator().start(DemoSchoolOnStartup.JOB, smallSchool(code)));
    }

    private static Properties smallSchool(String code) {
        Properties params = new Properties();
        params.setProperty("schoolCode", code);
        params.setProperty("today", LocalDate.now().toString());
        params.setProperty("classesPerGrade", String.valueOf(Size.SMALL.classesPerGrade()));
        params.setProperty("studentsPerClass", String.valueOf(Size.SMALL.studentsPerClass()));
        return params;
    }

    /** Waits on the job's own end (a generous ceiling, not a duration) and fails saying where it stood. */
    private static JobExecution await(long id) throws InterruptedException {
        JobProgress progress = JobProgress.await(id, ServerSide.JOB_CEILING);
        assertTrue(progress.ended(), "the job did not end: " + progress);
        return BatchRuntime.getJobOperator().getJobExecution(id);
    }

    private static void execute(String sql) throws NamingException, SQLException {
        ServerSide.execute(sql);
    }

    private static long count(String sql) throws NamingException, SQLException {
        return ServerSide.number(sql);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
