package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.access.entity.Scope;
import ru.schooljournal.demo.DemoSchoolOnStartup;

/**
 * The access matrix (SPEC §2): in the container, every default grant through the policy EJB with targets
 * inside and outside its scope, and the hard limits holding even when the matrix grants more; over HTTP,
 * the personal cards' field groups by role, refusals by URL and by crafted posts, and the audit log.
 * The administrator's grid is tried in a browser in {@link BrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.journal().addClasses(Deployments.class, ServerSide.class, WebUser.class, TestDatabase.class);
    }

    private static final String PASSWORD = "Demo-2026";

    @ArquillianResource
    URL base;

    @EJB
    AccessPolicy policy;

    @EJB
    DemoSchoolOnStartup demo;

    // ---- the matrix through the EJB layer ---------------------------------------------------------------

    @Test
    void everyDefaultGrantReachesInsideItsScopeAndNotBeyond() throws Exception {
        awaitDemo();
        execute("delete from access_cell where school_id = (select id from school where code = 'demo')");
        Facts f = new Facts();
        Map<String, Map<Role, Set<Scope>>> defaults = new HashMap<>();
        for (List<Object> r : rows("select operation, role, scope from access_default")) {
            defaults.computeIfAbsent((String) r.get(0), k -> new HashMap<>())
                    .computeIfAbsent(Role.valueOf((String) r.get(1)), k -> EnumSet.noneOf(Scope.class))
                    .add(Scope.valueOf((String) r.get(2)));
        }
        int checked = 0;
        for (Map.Entry<String, Map<Role, Set<Scope>>> byOp : defaults.entrySet()) {
            Operation op = Operation.valueOf(byOp.getKey());
            for (Map.Entry<Role, Set<Scope>> grant : byOp.getValue().entrySet()) {
                Caller caller = f.callers.get(grant.getKey());
                for (Scope scope : grant.getValue()) {
                    assertTrue(policy.allows(caller, op, f.inside(caller, scope)),
                            op + " × " + grant.getKey() + " reaches inside " + scope);
                    checked++;
                }
                for (Target outside : f.outside(caller, grant.getValue())) {
                    assertFalse(policy.allows(caller, op, outside), op + " × " + grant.getKey() + " stops at " + outside);
                    checked++;
                }
            }
            for (Role role : f.callers.keySet()) {
                if (!byOp.getValue().containsKey(role)) {
                    Caller caller = f.callers.get(role);
                    assertFalse(policy.allows(caller, op, Target.school(f.demo)), op + " not granted to " + role);
                    assertFalse(policy.allows(caller, op, Target.student(f.stranger)), op + " not granted to " + role);
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "checked " + checked + " decisions");
    }

    @Test
    void hardLimitsHoldEvenWhenTheMatrixGrantsMore() throws Exception {
        awaitDemo();
        Facts f = new Facts();
        try {
            // What the grid refuses to save, written straight into the table: the policy still refuses.
            execute("insert into access_cell (school_id, operation, role, scopes) values "
                    + "(" + f.demo + ", 'JOURNAL_VIEW', 'PARENT', 'ALL,CLASS,SUBJ,CHILD'), "
                    + "(" + f.demo + ", 'DIARY_VIEW', 'PARENT', 'ALL,CHILD'), "
                    + "(" + f.demo + ", 'JOURNAL_EDIT', 'STUDENT', 'ALL,SELF'), "
                    + "(" + f.demo + ", 'FINALS_EDIT', 'PARENT', 'ALL,CHILD')");
            Caller parent = f.callers.get(Role.PARENT);
            Caller student = f.callers.get(Role.STUDENT);
            assertFalse(policy.allows(parent, Operation.JOURNAL_VIEW, Target.student(f.stranger)), "a parent: own children only");
            assertFalse(policy.allows(parent, Operation.DIARY_VIEW, Target.student(f.stranger)));
            assertTrue(policy.allows(parent, Operation.DIARY_VIEW, Target.student(f.child)));
            assertFalse(policy.allows(student, Operation.JOURNAL_EDIT, Target.student(f.studentSelf)), "a student never edits");
            assertFalse(policy.allows(student, Operation.JOURNAL_EDIT, Target.school(f.demo)));
            assertFalse(policy.allows(parent, Operation.FINALS_EDIT, Target.student(f.child)), "nor does a parent");
        } finally {
            execute("delete from access_cell where school_id = " + f.demo);
        }
    }

    // ---- personal cards and the audit log, as users over HTTP --------------------------------------------

    @Test
    @RunAsClient
    void theNurseWritesMedicalFieldsAndTheClassTeacherOnlyReadsThem() {
        Deployments.awaitHealthy(base);
        long student = TestDatabase.number("""
                select min(m.student_id) from class_membership m join school_class c on c.id = m.class_id
                where c.class_teacher_id = (select person_id from account where login = 'teacher')""");
        WebUser nurse = new WebUser(base);
        nurse.signIn("nurse", PASSWORD);
        HttpResponse<String> card = nurse.get("school/card.xhtml?person=" + student);
        assertEquals(200, card.statusCode());
        assertTrue(card.body().contains("medicalForm:save"), "the nurse may change medical fields");
        assertTrue(card.body().contains("Родители и законные представители"), "the card links the student's parents");
        assertFalse(card.body().contains("psychForm"), "the nurse does not see psychological fields");
        HttpResponse<String> saved = nurse.submit(card, "medicalForm", "medicalForm:save", Map.of(
                "medicalForm:healthGroup_input", "II", "medicalForm:peGroup_input", "PREPARATORY",
                "medicalForm:illnesses", "", "medicalForm:policy", "7700 1234 5678 9012"));
        assertTrue(saved.body().contains("Сохранено."), saved.body());
        assertEquals("II", TestDatabase.firstRow("select health_group from medical_card where person_id = ?", student).get(0));

        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        HttpResponse<String> seen = teacher.get("school/card.xhtml?person=" + student);
        assertTrue(seen.body().contains("Медицинские сведения"), "the class teacher keeps the full card");
        assertFalse(seen.body().contains("medicalForm:save"), "but may not change medical fields");
        teacher.submit(seen, "medicalForm", "medicalForm:save", Map.of("medicalForm:healthGroup_input", "V",
                "medicalForm:peGroup_input", "EXEMPT", "medicalForm:illnesses", "", "medicalForm:policy", ""));
        assertEquals("II", TestDatabase.firstRow("select health_group from medical_card where person_id = ?", student).get(0),
                "a crafted post changes nothing");
    }

    @Test
    @RunAsClient
    void onlyThePsychologistSeesPsychologicalFields() {
        Deployments.awaitHealthy(base);
        long student = TestDatabase.number("select person_id from account where login = 'student'");
        WebUser psychologist = new WebUser(base);
        psychologist.signIn("psychologist", PASSWORD);
        HttpResponse<String> card = psychologist.get("school/card.xhtml?person=" + student);
        assertTrue(card.body().contains("psychForm:save"), card.body());
        HttpResponse<String> saved = psychologist.submit(card, "psychForm", "psychForm:save", Map.of(
                "psychForm:notes", "Беседа с учеником проведена.", "psychForm:deviant", "", "psychForm:social", "полная семья"));
        assertTrue(saved.body().contains("Сохранено."));
        for (String login : List.of("teacher", "nurse", "director")) {
            WebUser other = new WebUser(base);
            other.signIn(login, PASSWORD);
            HttpResponse<String> page = other.get("school/card.xhtml?person=" + student);
            assertFalse(page.body().contains("psychForm"), login + " does not see psychological fields");
            assertFalse(page.body().contains("Беседа с учеником"), login);
        }
    }

    @Test
    @RunAsClient
    void cardsBeyondTheMatrixAreRefusedAndBadInputIsExplained() {
        Deployments.awaitHealthy(base);
        long teacher2 = TestDatabase.number("select person_id from account where login = 'teacher2'");
        long foreign = TestDatabase.number("""
                select min(m.student_id) from class_membership m join school_class c on c.id = m.class_id
                where c.school_id = (select id from school where code = 'demo') and c.class_teacher_id <> ? and not exists
                  (select 1 from class_subject cs where cs.class_id = m.class_id and cs.teacher_id = ?)""", teacher2, teacher2);
        WebUser pe = new WebUser(base);
        pe.signIn("teacher2", PASSWORD);
        HttpResponse<String> refused = pe.get("school/card.xhtml?person=" + foreign);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Эта личная карточка вам недоступна"), refused.body());
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        assertEquals(403, parent.get("school/card.xhtml?person=" + foreign).statusCode());
        assertTrue(pe.get("school/card.xhtml?person=abc").body().contains("Неверная ссылка"), "a mangled id is explained");

        WebUser secretary = new WebUser(base);
        secretary.signIn("secretary", PASSWORD);
        HttpResponse<String> staff = secretary.get("school/staff.xhtml");
        assertEquals(200, staff.statusCode());
        assertTrue(staff.body().contains("учитель математики"), "the staff list with positions");
        HttpResponse<String> card = secretary.get("school/card.xhtml?person=" + foreign);
        String lastName = (String) TestDatabase.firstRow("select last_name from person where id = ?", foreign).get(0);
        HttpResponse<String> latin = secretary.submit(card, "generalForm", "generalForm:save", Map.of(
                "generalForm:lastName", "Smith", "generalForm:firstName", "Иван", "generalForm:middleName", "",
                "generalForm:birthDate", "01.09.2015", "generalForm:phone", "", "generalForm:email", "", "generalForm:address", ""));
        assertTrue(latin.body().contains("только русские буквы"), latin.body());
        HttpResponse<String> badDate = secretary.submit(card, "generalForm", "generalForm:save", Map.of(
                "generalForm:lastName", lastName, "generalForm:firstName", "Иван", "generalForm:middleName", "",
                "generalForm:birthDate", "2015-09-01", "generalForm:phone", "", "generalForm:email", "", "generalForm:address", ""));
        assertTrue(badDate.body().contains("ДД.ММ.ГГГГ"), badDate.body());
        assertEquals(lastName, TestDatabase.firstRow("select last_name from person where id = ?", foreign).get(0),
                "nothing was written");
    }

    @Test
    @RunAsClient
    void theAdministratorFindsWhoViewedAndChangedCards() {
        Deployments.awaitHealthy(base);
        long student = TestDatabase.number("select person_id from account where login = 'student'");
        WebUser nurse = new WebUser(base);
        nurse.signIn("nurse", PASSWORD);
        nurse.get("school/card.xhtml?person=" + student);
        String surname = (String) TestDatabase.firstRow("select last_name from person where id = ?", student).get(0);
        WebUser admin = new WebUser(base);
        admin.signIn("admin", PASSWORD);
        HttpResponse<String> page = admin.get("school/audit.xhtml");
        HttpResponse<String> found = admin.submit(page, "auditForm", "auditForm:search", Map.of(
                "auditForm:login", "nurse", "auditForm:surname", surname, "auditForm:from", "", "auditForm:to", ""));
        assertTrue(found.body().contains("просмотр"), found.body());
        assertTrue(found.body().contains(surname));
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        assertEquals(403, teacher.get("school/audit.xhtml").statusCode(), "only the administrator reads the audit log");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** The demo school's people and places the matrix test needs, read from the database. */
    private static final class Facts {
        final long demo = number("select id from school where code = 'demo'");
        final long lonely;
        final Map<Role, Caller> callers = new HashMap<>();
        final long teacherPerson;
        final long ledClass;
        final long taughtClass;
        final long untouchedClass;
        final long studentSelf;
        final long child;
        final long stranger;
        final long foreignStudent;

        Facts() throws Exception {
            execute("insert into school (code, name, short_name) values ('lonely', 'Школа без органа', 'Школа без органа') "
                    + "on conflict (code) do nothing");
            lonely = number("select id from school where code = 'lonely'");
            Map<String, Role> logins = Map.ofEntries(Map.entry("admin", Role.ADMIN), Map.entry("director", Role.DIRECTOR),
                    Map.entry("zavuch", Role.DEPUTY), Map.entry("teacher", Role.TEACHER),
                    Map.entry("secretary", Role.SECRETARY), Map.entry("nurse", Role.NURSE),
                    Map.entry("psychologist", Role.PSYCHOLOGIST), Map.entry("hr", Role.HR), Map.entry("tech", Role.TECH),
                    Map.entry("student", Role.STUDENT), Map.entry("parent", Role.PARENT),
                    Map.entry("authority", Role.AUTHORITY));
            for (Map.Entry<String, Role> e : logins.entrySet()) {
                List<Object> a = rows("select id, school_id, authority_id, person_id from account where login = '"
                        + e.getKey() + "'").get(0);
                callers.put(e.getValue(), new Caller(((Number) a.get(0)).longValue(), e.getKey(), (Long) a.get(1),
                        (Long) a.get(2), (Long) a.get(3), EnumSet.of(e.getValue())));
            }
            teacherPerson = callers.get(Role.TEACHER).personId();
            ledClass = number("select id from school_class where class_teacher_id = " + teacherPerson);
            taughtClass = number("select min(class_id) from class_subject where teacher_id = " + teacherPerson
                    + " and class_id <> " + ledClass);
            untouchedClass = number("select min(c.id) from school_class c where c.school_id = " + demo
                    + " and c.class_teacher_id <> " + teacherPerson
                    + " and not exists (select 1 from class_subject cs where cs.class_id = c.id and cs.teacher_id = "
                    + teacherPerson + ")");
            studentSelf = callers.get(Role.STUDENT).personId();
            child = number("select min(child_id) from guardianship where parent_id = " + callers.get(Role.PARENT).personId());
            stranger = number("select min(m.student_id) from class_membership m where m.class_id = " + untouchedClass
                    + " and not exists (select 1 from guardianship g where g.child_id = m.student_id and g.parent_id = "
                    + callers.get(Role.PARENT).personId() + ")");
            execute("insert into person (school_id, last_name, first_name, sex, external_id) values (" + lonely
                    + ", 'Чужой', 'Ученик', 'M', 'lonely-student') on conflict do nothing");
            foreignStudent = number("select id from person where external_id = 'lonely-student'");
        }

        Target inside(Caller caller, Scope scope) {
            return switch (scope) {
                case ALL, SCHOOLS -> Target.school(demo);
                case CLASS -> Target.schoolClass(ledClass);
                case SUBJ -> Target.schoolClass(taughtClass);
                case CHILD -> Target.student(child);
                case SELF -> caller.roles().contains(Role.STUDENT) ? Target.student(studentSelf) : Target.person(caller.personId());
            };
        }

        /** Targets beyond every scope the role holds for the operation. */
        List<Target> outside(Caller caller, Set<Scope> scopes) {
            List<Target> targets = new ArrayList<>();
            targets.add(Target.school(lonely));
            targets.add(Target.student(foreignStudent));
            if (!scopes.contains(Scope.ALL) && !scopes.contains(Scope.SCHOOLS)) {
                // neither led nor taught by the teacher, not the parent's child, not the student
                targets.add(Target.schoolClass(untouchedClass));
                targets.add(Target.student(stranger));
            }
            return targets;
        }
    }

    private void awaitDemo() throws InterruptedException {
        ServerSide.awaitDemoSchool(demo);
    }

    private static long number(String sql) {
        try {
            return ServerSide.number(sql);
        } catch (NamingException | SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static List<List<Object>> rows(String sql) throws NamingException, SQLException {
        return ServerSide.rows(sql);
    }

    private static void execute(String sql) throws NamingException, SQLException {
        ServerSide.execute(sql);
    }
}
