package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
 * The access matrix (SPEC §2) in the container: every default grant through the policy EJB with targets
 * inside and outside its scope, and the hard limits holding even when the matrix grants more. The
 * administrator's grid is tried in a browser in {@link BrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.journal().addClasses(Deployments.class);
    }

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
        long deadline = System.currentTimeMillis() + 120_000;
        while (!demo.ready()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("demo school not loaded: " + demo.jobStatus());
            }
            Thread.sleep(300);
        }
    }

    private static long number(String sql) {
        try {
            return ((Number) rows(sql).get(0).get(0)).longValue();
        } catch (Exception e) {
            throw new AssertionError(sql, e);
        }
    }

    private static List<List<Object>> rows(String sql) throws NamingException, SQLException {
        DataSource ds = (DataSource) new InitialContext().lookup("jdbc/journal");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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

    private static void execute(String sql) throws NamingException, SQLException {
        DataSource ds = (DataSource) new InitialContext().lookup("jdbc/journal");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
