package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.schooljournal.web.it.ServerSide.number;
import static ru.schooljournal.web.it.ServerSide.rows;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.schooljournal.roster.boundary.Logins;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.curriculum.boundary.ThematicPlan;
import ru.schooljournal.demo.DemoSchoolOnStartup;
import ru.schooljournal.journal.boundary.Journal;
import ru.schooljournal.journal.boundary.JournalSheet;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.MovementBook;
import ru.schooljournal.roster.boundary.RosterImport;
import ru.schooljournal.schedule.boundary.WeeklyTimetable;
import ru.schooljournal.school.boundary.SchoolCalendar;
import ru.schooljournal.curriculum.boundary.Subgroups;
import ru.schooljournal.school.entity.CalendarDay;
import ru.schooljournal.school.entity.PeriodKind;

/**
 * The school year's setup (SPEC §3–4), through the EJBs as a given user: the weekly timetable refuses a
 * class, a teacher or a room twice at one time with the clash named, and a change reaches only the lessons
 * to come; the movement book moves students between classes by orders, and past journals still show who
 * was in the class then. Uses the 6th grade and Saturday's 8th lesson, which the other tests leave alone.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolYearIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.journal().addClasses(Deployments.class, ServerSide.class, ActingCaller.class, WebUser.class, Founder.class);
    }

    @org.jboss.arquillian.test.api.ArquillianResource
    java.net.URL base;

    private static final int SATURDAY = 6;

    @EJB
    WeeklyTimetable timetable;

    @EJB
    MovementBook movementBook;

    @EJB
    Journal journal;

    @EJB
    Logins logins;

    @EJB
    RosterImport rosterImport;

    @EJB
    SchoolCalendar calendar;

    @EJB
    ru.schooljournal.curriculum.boundary.ThematicPlan plans;

    @EJB
    ru.schooljournal.school.boundary.SchoolSetup setup;

    @EJB
    ru.schooljournal.roster.boundary.SchoolClasses schoolClasses;

    @EJB
    ru.schooljournal.curriculum.boundary.Curriculum curriculum;

    @EJB
    DemoSchoolOnStartup demo;

    @EJB
    ru.schooljournal.school.boundary.Installation installation;

    @EJB
    Founder founder;

    @EJB
    ru.schooljournal.journal.boundary.DayChanges dayChanges;

    @EJB
    ru.schooljournal.schedule.boundary.Events events;

    @EJB
    ru.schooljournal.schedule.boundary.LessonCalendar lessonCalendar;

    @EJB
    ru.schooljournal.yearclosing.boundary.YearClosing yearClosing;

    @EJB
    ru.schooljournal.yearclosing.YearClosingJob yearClosingJob;

    @EJB
    ru.schooljournal.curriculum.boundary.Subgroups subgroups;


    @EJB
    ru.schooljournal.schedule.boundary.BellSchedule bells;

    private LocalDate today;
    private LocalDate yearStart;

    @BeforeEach
    void demoSchool() throws Exception {
        ServerSide.awaitDemoSchool(demo);
        today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        yearStart = ((java.sql.Date) rows("select y.starts_on from academic_year y join school s on s.id = y.school_id "
                + "where s.code = 'demo' and y.current").get(0).get(0)).toLocalDate();
    }

    @AfterEach
    void nobody() {
        ActingCaller.stop();
    }

    // ---- the weekly timetable ------------------------------------------------------------------------------

    @Test
    void timetableClash_aClassTheTeacherAndARoomAreEachBusyOnceAtATime() throws Exception {
        long math6a = classSubject("6", "А", "математика");
        long russian6a = classSubject("6", "А", "русский язык");
        long teacherOfMath6a = number("select teacher_id from class_subject where id = " + math6a);
        long otherSubjectSameTeacher = number("select cs.id from class_subject cs join school_class c on c.id = cs.class_id "
                + "join school s on s.id = c.school_id where s.code = 'demo' and cs.teacher_id = " + teacherOfMath6a
                + " and c.id <> (select class_id from class_subject where id = " + math6a + ") order by cs.id limit 1");
        long otherTeacherOtherClass = number("select cs.id from class_subject cs join school_class c on c.id = cs.class_id "
                + "join school s on s.id = c.school_id where s.code = 'demo' and c.grade = 6 and c.letter = 'Б' "
                + "and cs.teacher_id <> " + teacherOfMath6a + " order by cs.id limit 1");
        ActingCaller.actAs("zavuch");

        long slot = timetable.place(math6a, SATURDAY, 8, "301");
        RuleViolation sameClass = assertThrows(RuleViolation.class, () -> timetable.place(russian6a, SATURDAY, 8, "302"));
        assertEquals("schedule.clash.class", sameClass.messageKey());
        assertEquals("6А", sameClass.args()[0]);
        assertEquals("математика", sameClass.args()[1]);

        RuleViolation sameTeacher = assertThrows(RuleViolation.class,
                () -> timetable.place(otherSubjectSameTeacher, SATURDAY, 8, "303"));
        assertEquals("schedule.clash.teacher", sameTeacher.messageKey());
        assertEquals("6А", sameTeacher.args()[1], "the clash names the class the teacher is busy with");

        RuleViolation sameRoom = assertThrows(RuleViolation.class,
                () -> timetable.place(otherTeacherOtherClass, SATURDAY, 8, " 301 "));
        assertEquals("schedule.clash.room", sameRoom.messageKey());
        assertEquals(1, number("select count(*) from timetable_slot where weekday = 6 and lesson_number = 8"),
                "nothing of the refused lessons was written");
        timetable.remove(slot);
    }

    @Test
    void theDeputyReadsTheClashInRussianOnThePage() throws Exception {
        long class6a = classId("6", "А");
        List<Object> busy = rows("select ts.weekday, ts.lesson_number, s.name from timetable_slot ts "
                + "join class_subject cs on cs.id = ts.class_subject_id join subject s on s.id = cs.subject_id "
                + "where cs.class_id = " + class6a + " order by ts.weekday, ts.lesson_number limit 1").get(0);
        long other = number("select cs.id from class_subject cs join subject s on s.id = cs.subject_id where cs.class_id = "
                + class6a + " and s.name <> '" + busy.get(2) + "' order by cs.id limit 1");
        WebUser deputy = new WebUser(base);
        var landing = deputy.signIn("zavuch", "Demo-2026");
        assertTrue(landing.uri().getPath().endsWith("/school/overview.xhtml"), "signed in: " + landing.uri());
        var page = deputy.get("school/timetable.xhtml?class=" + class6a);
        assertEquals(200, page.statusCode(), () -> "the deputy's timetable page after landing on " + landing.uri());
        var answer = deputy.submit(page, "timetableForm", "timetableForm:place", java.util.Map.of(
                "timetableForm:subject_input", Long.toString(other),
                "timetableForm:day_input", busy.get(0).toString(),
                "timetableForm:number_input", busy.get(1).toString(),
                "timetableForm:room", ""));
        assertTrue(answer.body().contains("В это время у класса 6А уже стоит урок: " + busy.get(2)), answer.body());
    }

    @Test
    void aTimetableChangeReachesOnlyTheLessonsToCome() throws Exception {
        long math6b = classSubject("6", "Б", "математика");
        ActingCaller.actAs("zavuch");
        long slot = timetable.place(math6b, SATURDAY, 9, null);
        assertEquals(0, number("select count(*) from lesson where class_subject_id = " + math6b
                + " and number = 9 and date <= date '" + today + "'"), "no lessons laid out in the past");
        long ahead = number("select count(*) from study_period p join academic_year y on y.id = p.year_id "
                + "join school s on s.id = p.school_id, generate_series(greatest(p.starts_on, date '" + today.plusDays(1)
                + "'), p.ends_on, interval '1 day') d where s.code = 'demo' and y.current and p.kind = 'QUARTER' "
                + "and extract(isodow from d) = 6");
        assertEquals(ahead, number("select count(*) from lesson where class_subject_id = " + math6b
                + " and number = 9 and date > date '" + today + "'"), "a lesson on every Saturday to come in a quarter");

        timetable.remove(slot);
        assertEquals(0, number("select count(*) from lesson where class_subject_id = " + math6b + " and number = 9"),
                "untouched lessons to come go with the slot");
    }

    @Test
    void onlyThoseWhoComposeTheTimetableChangeIt() throws Exception {
        long math6a = classSubject("6", "А", "математика");
        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> timetable.place(math6a, SATURDAY, 10, null));
        RuleViolation badDay = assertThrows(RuleViolation.class, () -> {
            ActingCaller.actAs("zavuch");
            timetable.place(math6a, 7, 10, null);
        });
        assertEquals("schedule.badDay", badDay.messageKey());
    }

    // ---- the movement book -----------------------------------------------------------------------------------

    @Test
    void movementBook_aTransferMovesTheStudentAndPastJournalsStillShowThem() throws Exception {
        long student = lastStudent("6", "Б", 0);
        long class6a = classId("6", "А");
        LocalDate onOrder = yearStart.plusDays(30);
        ActingCaller.actAs("secretary");
        RuleViolation noOrder = assertThrows(RuleViolation.class,
                () -> movementBook.transfer(student, class6a, onOrder, " ", null));
        assertEquals("movement.orderRequired", noOrder.messageKey());
        movementBook.transfer(student, class6a, onOrder, "12-у", "заявление родителей");

        assertEquals(List.of(List.of("6Б", onOrder.minusDays(1).toString()), List.of("6А", "open")), rows(
                "select c.grade || c.letter, coalesce(m.left_on::text, 'open') from class_membership m "
                        + "join school_class c on c.id = m.class_id where m.student_id = " + student + " order by m.enrolled_on"));
        assertTrue(movementBook.lines().stream().anyMatch(l -> l.number().equals("12-у") && "6А".equals(l.toClass())));

        long math6b = classSubject("6", "Б", "математика");
        long firstQuarter = number("select p.id from study_period p join school s on s.id = p.school_id "
                + "join academic_year y on y.id = p.year_id where s.code = 'demo' and y.current and p.kind = 'QUARTER' "
                + "and p.number = 1");
        ActingCaller.actAs("zavuch");
        JournalSheet old = journal.sheet(math6b, firstQuarter);
        JournalSheet.StudentRow row = old.students().stream().filter(s -> s.studentId() == student).findFirst()
                .orElseThrow(() -> new AssertionError("the first quarter's journal of 6Б still shows the student"));
        assertFalse(row.inClassThroughout());
        assertTrue(journal.sheet(classSubject("6", "А", "математика"), firstQuarter).students().stream()
                .anyMatch(s -> s.studentId() == student), "and so does 6А's");

        long lessonAfter = number("select id from lesson where class_subject_id = " + math6b + " and date >= date '"
                + onOrder + "' order by date limit 1");
        ActingCaller.actAs("admin");
        RuleViolation gone = assertThrows(RuleViolation.class, () -> journal.saveCell(lessonAfter, student, null, "5"));
        assertEquals("journal.studentNotInClass", gone.messageKey(), "no marks in 6Б after the transfer");
    }

    @Test
    void movementBook_leavingAndComingBack() throws Exception {
        long student = lastStudent("6", "Б", 1);
        long class6b = classId("6", "Б");
        ActingCaller.actAs("secretary");
        movementBook.leave(student, yearStart.plusDays(40), "15-в", "переезд");
        assertEquals("movement.notInClass", assertThrows(RuleViolation.class,
                () -> movementBook.leave(student, yearStart.plusDays(41), "16-в", null)).messageKey());
        assertTrue(movementBook.withoutClass().stream().anyMatch(c -> c.id() == student));
        RuleViolation outside = assertThrows(RuleViolation.class,
                () -> movementBook.enrol(student, class6b, yearStart.minusDays(1), "17-з", null));
        assertEquals("movement.dateOutsideYear", outside.messageKey());
        movementBook.enrol(student, class6b, yearStart.plusDays(60), "17-з", "вернулся");
        assertEquals(2, number("select count(*) from class_membership where student_id = " + student));

        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> movementBook.leave(student, yearStart.plusDays(70), "18-в", null),
                "the movement book is the secretary's");
    }

    // ---- the nurse's class list ---------------------------------------------------------------------------------

    @Test
    void theNurseExportsAClassListWithHealthAndPeGroupsAndTheExportIsAudited() throws Exception {
        long class7a = classId("7", "А");
        long students = number("select count(*) from class_membership where left_on is null and class_id = " + class7a);
        WebUser nurse = new WebUser(base);
        nurse.signIn("nurse", "Demo-2026");
        String exported = "select count(*) from audit_event where action = 'EXPORT_LIST' and login = 'nurse'";
        long before = number(exported); // other tests (the access crawler) export lists as the nurse too
        java.net.http.HttpResponse<byte[]> xlsx = nurse.getBytes("school/health-list.xlsx?class=" + class7a);
        assertEquals(200, xlsx.statusCode());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertEquals("7А", sheet.getSheetName());
            assertEquals("ФИО", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Группа здоровья", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals(students, sheet.getLastRowNum(), "a row for every student now in the class");
        }
        assertEquals(students, number(exported) - before, "one audit row per student on the exported list");

        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher2", "Demo-2026");
        assertEquals(403, teacher.getBytes("school/health-list.xlsx?class=" + class7a).statusCode());
    }

    // ---- accounts for students and parents ----------------------------------------------------------------------

    @Test
    void logins_consentFirstThenATemporaryPasswordThatMustBeChangedAtTheFirstSignIn() throws Exception {
        long student = number("select m.student_id from class_membership m join person p on p.id = m.student_id "
                + "where m.class_id = " + classId("5", "А") + " and not exists (select 1 from account a where a.person_id = p.id) "
                + "order by p.last_name desc, p.id desc limit 1");
        ActingCaller.actAs("teacher2");
        assertThrows(AccessDenied.class, () -> logins.issue(List.of(student)), "not the class teacher of 5А");

        ActingCaller.actAs("teacher");
        assertTrue(logins.ofClass(classId("5", "А")).stream().anyMatch(h -> h.personId() == student && h.login() == null));
        RuleViolation noConsent = assertThrows(RuleViolation.class, () -> logins.issue(List.of(student)));
        assertEquals("logins.noConsent", noConsent.messageKey());
        assertEquals("logins.consentDate", assertThrows(RuleViolation.class,
                () -> logins.recordConsent(student, today.plusDays(1), "мать")).messageKey());
        logins.recordConsent(student, today, "Мать, заявление от " + today);
        Logins.Slip slip = logins.issue(List.of(student)).get(0);
        assertTrue(slip.login().matches("[a-z]+\\.[a-z]+\\d*"), slip.login());
        assertEquals(10, slip.password().length());
        assertEquals(List.of(List.of(true)), rows("select must_change_password from account where login = '" + slip.login() + "'"));
        ActingCaller.stop();

        WebUser newcomer = new WebUser(base);
        assertTrue(newcomer.signIn(slip.login(), slip.password()).uri().getPath().endsWith("/password.xhtml"),
                "the first sign-in goes to the password change");

        ActingCaller.actAs("teacher");
        Logins.Slip again = logins.issue(List.of(student)).get(0);
        assertEquals(slip.login(), again.login(), "issuing again keeps the login");
        assertFalse(slip.password().equals(again.password()), "and gives a new temporary password");
    }

    // ---- subgroups -------------------------------------------------------------------------------------------------

    @Test
    void subgroups_eachGroupHasItsOwnTeacherTimetableAndJournalAndStudentsMoveOnlyAtAPeriodsEndByOrder() throws Exception {
        long class5a = classId("5", "А");
        long teacher = number("select person_id from account where login = 'teacher'");
        long teacher2 = number("select person_id from account where login = 'teacher2'");
        long student = number("select person_id from account where login = 'student'");
        ActingCaller.actAs("zavuch");
        assertEquals("subgroups.journalWritten", assertThrows(RuleViolation.class,
                () -> subgroups.divide(classSubject("5", "А", "математика"), 2)).messageKey(),
                "a journal already written in is not divided");
        ActingCaller.actAs("admin"); // the reference lists are the administrator's and the secretary's
        long subject = setup.addSubject("второй иностранный язык", "ин. яз. 2");
        ActingCaller.actAs("zavuch");
        long line = curriculum.setLine(class5a, subject, teacher, new java.math.BigDecimal("2"));
        List<Long> groups = subgroups.divide(line, 2);
        long g1 = groups.get(0);
        long g2 = groups.get(1);
        curriculum.updateLine(g2, teacher2, new java.math.BigDecimal("2"));
        try {
            timetable.place(g1, SATURDAY, 8, "401");
            timetable.place(g2, SATURDAY, 8, "402");
            assertEquals("schedule.clash.class", assertThrows(RuleViolation.class,
                    () -> timetable.place(classSubject("5", "А", "математика"), SATURDAY, 8, "403")).messageKey(),
                    "two groups share a time; the whole class cannot have another lesson then");

            List<Long> students = rows("select m.student_id from class_membership m join person p on p.id = m.student_id "
                    + "where m.class_id = " + class5a + " and m.left_on is null order by (m.student_id = " + student
                    + ") desc, p.last_name, p.id").stream().map(r -> ((Number) r.get(0)).longValue()).toList();
            List<Long> first = students.subList(0, students.size() / 2);
            List<Long> second = students.subList(students.size() / 2, students.size());
            ActingCaller.actAs("teacher2");
            assertThrows(AccessDenied.class, () -> subgroups.form(g2, second), "only the class teacher or the deputy forms groups");
            ActingCaller.actAs("teacher"); // the class teacher of 5А
            subgroups.form(g1, first);
            subgroups.form(g2, second);
            RuleViolation twice = assertThrows(RuleViolation.class, () -> subgroups.form(g2, List.of(first.get(0))));
            assertEquals("subgroups.alreadyInGroup", twice.messageKey());
            assertEquals("1", twice.args()[1]);
            Subgroups.Divided page = subgroups.ofClass(class5a).stream()
                    .filter(d -> d.subject().equals("второй иностранный язык")).findFirst().orElseThrow();
            assertEquals(new java.util.HashSet<>(second), page.groups().get(1).members().stream()
                    .map(Subgroups.Member::studentId).collect(java.util.stream.Collectors.toSet()),
                    "the page lists each group's students, whatever other divided subjects they are in");
            assertTrue(page.unassigned().isEmpty());

            ActingCaller.actAs("admin");
            List<Long> journal1 = journal.sheet(g1, null).students().stream().map(JournalSheet.StudentRow::studentId).toList();
            List<Long> journal2 = journal.sheet(g2, null).students().stream().map(JournalSheet.StudentRow::studentId).toList();
            assertEquals(new java.util.HashSet<>(first), new java.util.HashSet<>(journal1), "group 1's journal lists group 1");
            assertEquals(new java.util.HashSet<>(second), new java.util.HashSet<>(journal2), "group 2's journal lists group 2");
            assertTrue(journal.sheet(g2, null).subject().endsWith("(2 гр.)"));

            LocalDate saturday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
            if (number("select count(*) from lesson where class_subject_id = " + g1 + " and date = '" + saturday + "'") == 1) {
                WebUser pupil = new WebUser(base); // the diary is the students' and parents' own (a container role)
                pupil.signIn("student", ru.schooljournal.demo.control.DemoSchoolPlan.DEMO_PASSWORD);
                String week = pupil.get("student/diary.xhtml?week=" + saturday).body();
                assertEquals(1, week.split("второй иностранный язык", -1).length - 1,
                        "the diary shows the student's own group's lesson only");
            }

            // The move: at the end of the current period, by the administrator, citing an order.
            List<Subgroups.PeriodEnd> ends = subgroups.periodEnds(class5a);
            Subgroups.PeriodEnd current = ends.stream().filter(e -> !e.lastDay().isBefore(today)).findFirst().orElse(null);
            if (current == null) {
                return; // the year's periods are over: nothing to move into
            }
            long mover = first.get(1);
            ActingCaller.actAs("teacher");
            assertThrows(AccessDenied.class,
                    () -> subgroups.move(mover, g2, current.periodId(), "15-у", today), "the class teacher does not move");
            ActingCaller.actAs("admin");
            assertEquals("subgroups.orderNumberRequired", assertThrows(RuleViolation.class,
                    () -> subgroups.move(mover, g2, current.periodId(), " ", today)).messageKey());
            assertEquals("subgroups.orderDateRequired", assertThrows(RuleViolation.class,
                    () -> subgroups.move(mover, g2, current.periodId(), "15-у", today.plusDays(1))).messageKey());
            int index = ends.indexOf(current);
            if (index > 0) {
                ServerSide.execute("insert into lesson (school_id, class_subject_id, date, number) select school_id, id, date '"
                        + today.minusDays(1) + "', 8 from class_subject where id = " + g1);
                assertEquals("subgroups.lessonsGiven", assertThrows(RuleViolation.class,
                        () -> subgroups.move(mover, g2, ends.get(index - 1).periodId(), "15-у", today)).messageKey(),
                        "a move cannot reach back over lessons already given");
            }
            subgroups.move(mover, g2, current.periodId(), "15-у", today);
            assertTrue(journal.sheet(g1, current.periodId()).students().stream().anyMatch(r -> r.studentId() == mover),
                    "the old group's journal keeps the student up to the period's end");
            assertFalse(journal.sheet(g2, current.periodId()).students().stream().anyMatch(r -> r.studentId() == mover));
            if (index + 1 < ends.size()) {
                long next = ends.get(index + 1).periodId();
                assertTrue(journal.sheet(g2, next).students().stream().anyMatch(r -> r.studentId() == mover));
                assertFalse(journal.sheet(g1, next).students().stream().anyMatch(r -> r.studentId() == mover));
            }
            assertEquals(List.of(List.of("15-у")), rows("select order_number from subgroup_member where student_id = " + mover
                    + " and class_subject_id = " + g2));
        } finally {
            ActingCaller.actAs("zavuch");
            curriculum.removeLine(g1);
            curriculum.removeLine(g2);
        }
    }

    @Test
    void subgroups_theDemoSchoolTeachesEnglishInTwoGroupsFromTheFifthGradeAndMarksEachGroupsOwnStudents() throws Exception {
        long class5a = classId("5", "А");
        String english = "select cs.id from class_subject cs join subject s on s.id = cs.subject_id where cs.class_id = "
                + class5a + " and s.name = 'иностранный язык (английский)'";
        assertEquals(List.of(List.of(1), List.of(2)), rows("select group_no from class_subject where id in (" + english
                + ") order by group_no"));
        assertEquals(0, number("select count(*) from (select g.student_id from subgroup_member g where g.to_on is null "
                + "and g.class_subject_id in (" + english + ") group by g.student_id having count(*) > 1) twice"),
                "nobody is in both groups");
        assertEquals(0, number("select count(*) from class_subject cs where cs.id in (" + english + ") and not exists "
                + "(select 1 from subgroup_member g where g.class_subject_id = cs.id)"), "both groups have students");
        assertEquals(0, number("select count(*) from mark k join lesson l on l.id = k.lesson_id join class_subject cs "
                + "on cs.id = l.class_subject_id where cs.group_no is not null and not exists (select 1 from subgroup_member g "
                + "where g.class_subject_id = cs.id and g.student_id = k.student_id)"), "a group's journal marks its own students");
        assertTrue(number("select count(*) from mark k join lesson l on l.id = k.lesson_id where l.class_subject_id in ("
                + english + ")") > 0);
    }

    // ---- one-off changes, views by teacher and room, events ---------------------------------------------------

    @Test
    void dayChanges_aSubstituteAMoveAndACancellationAreCheckedKeptInHistoryAndSurviveLayingTheLessonsOutAgain()
            throws Exception {
        long class7a = classId("7", "А");
        List<Object> first = rows("select l.id, l.date, l.number, l.teacher_id, l.class_subject_id from lesson l "
                + "join class_subject cs on cs.id = l.class_subject_id where cs.class_id = " + class7a
                + " and l.date > current_date + 1 and not l.cancelled and exists (select 1 from lesson x "
                + "join class_subject y on y.id = x.class_subject_id where x.date = l.date and x.number = l.number "
                + "and x.school_id = l.school_id "
                + "and y.class_id <> cs.class_id and not x.cancelled and x.teacher_id in (select a.person_id from account a "
                + "join account_role r on r.account_id = a.id where r.role = 'TEACHER')) order by l.date, l.number limit 1").get(0);
        long lesson = ((Number) first.get(0)).longValue();
        LocalDate date = ((java.sql.Date) first.get(1)).toLocalDate();
        int number = ((Number) first.get(2)).intValue();
        long cs = ((Number) first.get(4)).longValue();
        long busy = number("select l.teacher_id from lesson l join class_subject cs on cs.id = l.class_subject_id "
                + "where l.date = '" + date + "' and l.number = " + number + " and cs.class_id <> " + class7a
                + " and l.school_id = (select school_id from school_class where id = " + class7a + ")"
                + " and not l.cancelled and l.teacher_id in (select a.person_id from account a join account_role r "
                + "on r.account_id = a.id where r.role = 'TEACHER') limit 1");
        ActingCaller.actAs("hr"); // a teacher who has just joined is free at any time
        String newcomer = logins.addStaff("Заменина", "Ольга", null, ru.schooljournal.roster.entity.Sex.F, "Учитель",
                java.util.Set.of(ru.schooljournal.access.entity.Role.TEACHER)).login();
        long free = number("select person_id from account where login = '" + newcomer + "'");
        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> dayChanges.substitute(lesson, free, "болезнь"));
        ActingCaller.actAs("zavuch");
        assertEquals("changes.reason", assertThrows(RuleViolation.class,
                () -> dayChanges.substitute(lesson, free, " ")).messageKey());
        assertEquals("schedule.clash.teacher", assertThrows(RuleViolation.class,
                () -> dayChanges.substitute(lesson, busy, "болезнь")).messageKey(), "a substitute busy then is refused");
        dayChanges.substitute(lesson, free, "болезнь учителя");
        assertEquals(free, number("select teacher_id from lesson where id = " + lesson));
        assertEquals(List.of(List.of("TEACHER", "болезнь учителя")),
                rows("select field, why from journal_change where lesson_id = " + lesson + " and field = 'TEACHER'"));
        assertTrue(dayChanges.on(date).stream().anyMatch(l -> l.lessonId() == lesson && l.changeNote().startsWith("Замена")));

        dayChanges.move(lesson, 8, "999", "экскурсия");
        lessonCalendar.relayFromTomorrow(class7a);
        assertEquals(List.of(List.of(8, number, "999")), rows("select number, moved_from, room from lesson where id = " + lesson),
                "laying the lessons out again keeps the day's change");
        assertEquals(0, number("select count(*) from lesson where class_subject_id = " + cs + " and date = '" + date
                + "' and number = " + number), "and does not put the moved lesson back at its old bell");

        dayChanges.cancel(lesson, "карантин");
        assertEquals("changes.alreadyCancelled", assertThrows(RuleViolation.class,
                () -> dayChanges.cancel(lesson, "карантин")).messageKey());
        long past = number("select l.id from lesson l join class_subject cs on cs.id = l.class_subject_id where cs.class_id = "
                + class7a + " and l.date < current_date - 1 order by l.date desc limit 1");
        assertEquals("changes.past", assertThrows(RuleViolation.class,
                () -> dayChanges.cancel(past, "поздно")).messageKey(), "the past is the journal's record");

        long extra = dayChanges.addLesson(cs, date, 9, "998", "консультация перед контрольной");
        assertEquals("schedule.clash.class", assertThrows(RuleViolation.class,
                () -> dayChanges.addLesson(cs, date, 9, "997", "ещё одна")).messageKey());
        assertEquals("changes.dateOutside", assertThrows(RuleViolation.class,
                () -> dayChanges.addLesson(cs, today.minusDays(1), 9, null, "вчера")).messageKey());
        lessonCalendar.relayFromTomorrow(class7a);
        assertEquals(1, number("select count(*) from lesson where id = " + extra), "an extra lesson survives re-layout too");

        long teacher = number("select person_id from account where login = 'teacher'");
        assertEquals(number("select count(*) from timetable_slot ts join class_subject cs on cs.id = ts.class_subject_id "
                + "where cs.teacher_id = " + teacher), timetable.ofTeacher(teacher).size(), "the teacher's week");
        String room = (String) rows("select ts.room from timetable_slot ts join class_subject cs on cs.id = ts.class_subject_id "
                + "join school s on s.id = cs.school_id where s.code = 'demo' and ts.room is not null limit 1").get(0).get(0);
        assertTrue(timetable.ofRoom(" " + room.toUpperCase() + " ").stream().allMatch(x -> room.equalsIgnoreCase(x.room())));
        assertFalse(timetable.ofRoom(room).isEmpty(), "the room's week");
    }

    @Test
    void events_theDeputySetsSchoolEventsTheClassTeacherTheirClasssAndTheDiaryShowsThem() throws Exception {
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        long class5a = classId("5", "А");
        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> events.add(null, monday, null, "Линейка", null),
                "a school event is not a class teacher's");
        assertThrows(AccessDenied.class, () -> events.add(classId("6", "А"), monday, null, "Экскурсия", null),
                "nor another class's event");
        long mine = events.add(class5a, monday.plusDays(1), java.time.LocalTime.of(18, 0), "Родительское собрание 5А", "каб. 21");
        ActingCaller.actAs("zavuch");
        assertEquals("events.title.required", assertThrows(RuleViolation.class,
                () -> events.add(null, monday, null, " ", null)).messageKey());
        assertEquals("events.date", assertThrows(RuleViolation.class,
                () -> events.add(null, today.minusDays(1), null, "Вчера", null)).messageKey());
        events.add(null, monday, null, "Общешкольная линейка", "спортзал");
        events.add(classId("6", "А"), monday, null, "Экскурсия 6А", null);

        WebUser pupil = new WebUser(base);
        pupil.signIn("student", ru.schooljournal.demo.control.DemoSchoolPlan.DEMO_PASSWORD);
        String week = pupil.get("student/diary.xhtml?week=" + monday).body();
        assertTrue(week.contains("Общешкольная линейка") && week.contains("Родительское собрание 5А"), week);
        assertFalse(week.contains("Экскурсия 6А"), "another class's event is not in the diary");
        assertTrue(week.contains("Общешкольная линейка (спортзал)</div>"), "a school event names no class");
        assertTrue(events.between(monday, monday.plusDays(6)).stream()
                .anyMatch(e -> e.title().equals("Общешкольная линейка") && e.className() == null));
        ActingCaller.actAs("teacher");
        events.remove(mine);
        assertEquals(0, number("select count(*) from school_event where id = " + mine));
    }

    @Test
    void thematicPlan_isEnteredInAGridAndAnEmptyRowBetweenTopicsIsRefusedInRussian() throws Exception {
        long cs = classSubject("9", "Б", "русский язык");
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", "Demo-2026");
        var page = deputy.get("journal/plan.xhtml?cs=" + cs);
        assertEquals(200, page.statusCode());
        var gap = deputy.submit(page, "planGrid", "planGrid:saveGrid", java.util.Map.of(
                "planGrid:lines:0:topic", "Натуральные числа", "planGrid:lines:0:code", "1.1",
                "planGrid:lines:2:topic", "Обыкновенные дроби"));
        assertTrue(gap.body().contains("Урок 2: нет темы."), gap.body());
        assertEquals(0, number("select count(*) from plan_topic where class_subject_id = " + cs), "nothing saved");
        page = deputy.get("journal/plan.xhtml?cs=" + cs);
        var saved = deputy.submit(page, "planGrid", "planGrid:saveGrid", java.util.Map.of(
                "planGrid:lines:0:topic", "Натуральные числа", "planGrid:lines:0:code", "1.1",
                "planGrid:lines:1:topic", "Обыкновенные дроби"));
        assertTrue(saved.body().contains("КТП сохранено: тем 2."), saved.body());
        assertEquals(List.of(List.of(1, "Натуральные числа", "1.1"), java.util.Arrays.asList(2, "Обыкновенные дроби", null)),
                rows("select number, topic, content_code from plan_topic where class_subject_id = " + cs + " order by number"));
    }

    // ---- first setup of an installation, the first year, the bells ----------------------------------------------

    @Test
    void firstSetup_isOpenOnlyOnAnEmptyInstallation() throws Exception {
        assertFalse(installation.empty());
        RuleViolation done = assertThrows(RuleViolation.class,
                () -> installation.createFirstSchool("ANY-CODE", founding("late", "late.admin")));
        assertEquals("firstSetup.done", done.messageKey());
        String page = new WebUser(base).get("first-setup.xhtml").body();
        assertTrue(page.contains("Первичная настройка уже выполнена"), page);
        assertFalse(page.contains("setupForm"), "no form to fill in once a school exists");
        assertFalse(new WebUser(base).get("login.xhtml").body().contains("firstSetupLink"));
        assertEquals(0, number("select count(*) from school where code = 'late'"));
    }

    @Test
    void firstSetup_theFoundedSchoolsAdministratorSignsInOpensTheYearAndSetsTheBells() throws Exception {
        String code = "fresh" + (System.nanoTime() % 100000);
        String login = code + ".admin";
        assertEquals("firstSetup.codeRule", assertThrows(RuleViolation.class,
                () -> founder.found(founding("школа", login))).messageKey());
        assertEquals("password.tooShort", assertThrows(RuleViolation.class, () -> founder.found(
                new ru.schooljournal.school.control.SchoolFounding.FirstSchool("Школа", "Школа", code, "Europe/Moscow",
                        "Иванова", "Мария", null, ru.schooljournal.roster.entity.Sex.F, login, "short1", "short1"))).messageKey());
        founder.found(founding(code, login));
        assertEquals("firstSetup.loginTaken", assertThrows(RuleViolation.class,
                () -> founder.found(founding(code + "x", login))).messageKey());
        assertEquals(7, number("select count(*) from bell b join school s on s.id = b.school_id where s.code = '" + code + "'"),
                "a new school starts with a usual bell schedule");

        assertTrue(new WebUser(base).signIn(login, "Founder-2026").uri().getPath().endsWith("/school/overview.xhtml"),
                "the administrator chose the password and goes straight to the school");

        ActingCaller.actAs(login);
        assertFalse(calendar.hasYear());
        int y = yearStart.getYear();
        assertEquals("calendar.yearLength", assertThrows(RuleViolation.class,
                () -> calendar.openFirstYear(LocalDate.of(y, 9, 1), LocalDate.of(y + 2, 5, 31))).messageKey());
        calendar.openFirstYear(LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 5, 31));
        assertTrue(calendar.hasYear());
        SchoolCalendar.View year = calendar.view();
        assertEquals(4, year.periods().stream().filter(p -> p.kind() == PeriodKind.QUARTER).count());
        assertEquals(2, year.periods().stream().filter(p -> p.kind() == PeriodKind.HALF).count());
        assertEquals(PeriodKind.QUARTER, year.kindByGrade().get(5));
        assertEquals(PeriodKind.HALF, year.kindByGrade().get(11));
        assertEquals("calendar.yearExists", assertThrows(RuleViolation.class,
                () -> calendar.openFirstYear(LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 5, 31))).messageKey());

        RuleViolation overlap = assertThrows(RuleViolation.class,
                () -> bells.set(8, java.time.LocalTime.of(15, 0), java.time.LocalTime.of(15, 45)));
        assertEquals("bells.overlap", overlap.messageKey());
        bells.set(8, java.time.LocalTime.of(15, 15), java.time.LocalTime.of(16, 0));
        assertEquals(8, bells.lines().size());
        bells.remove(8);
        assertEquals(7, bells.lines().size());
    }

    @Test
    void bells_aBellTheTimetableUsesCannotBeRemovedAndOnlyTheDeputyOrAdministratorEditsThem() throws Exception {
        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> bells.remove(1));
        ActingCaller.actAs("zavuch");
        RuleViolation inUse = assertThrows(RuleViolation.class, () -> bells.remove(1));
        assertEquals("bells.inUse", inUse.messageKey());
        assertTrue(number("select count(*) from bell b join school s on s.id = b.school_id where s.code = 'demo' and b.number = 1") == 1);
    }

    @Test
    void yearClosing_promotesByTheOrdersKeepsDecisionsAndOpensTheNextYearWithItsClasses() throws Exception {
        String code = "closing" + (System.nanoTime() % 100000);
        String admin = code + ".admin";
        long school = founder.found(founding(code, admin));
        int y = yearStart.getYear();
        ActingCaller.actAs(admin);
        calendar.openFirstYear(LocalDate.of(y - 1, 9, 1), LocalDate.of(y, 5, 31)); // a year that is over
        long c5 = schoolClasses.addClass(5, "А", "21");
        schoolClasses.addClass(9, "Б", null);
        schoolClasses.addClass(11, "А", null);
        long math = setup.addSubject("математика", "матем.");
        ServerSide.execute("insert into class_subject (school_id, class_id, subject_id, hours_per_week) values ("
                + school + ", " + c5 + ", " + math + ", 5)");
        assertEquals(4, rosterImport.apply(List.of(
                row(2, "5А", "Орлов", "Пётр", "М", "01.03.2015", "Орлова Анна Ивановна", "мать", "+7 900 000-00-01"),
                row(3, "5А", "Орлова", "Дарья", "Ж", "01.03.2015", "Орлова Анна Ивановна", "мать", "+7 900 000-00-01"),
                row(4, "9Б", "Лисин", "Иван", "М", "02.02.2011", "Лисина Ольга Петровна", "мать", "+7 900 000-00-02"),
                row(5, "11А", "Зайцев", "Олег", "М", "03.03.2009", "Зайцева Вера Ивановна", "мать", "+7 900 000-00-03")),
                LocalDate.of(y - 1, 9, 1)));
        long repeater = number("select id from person where last_name = 'Орлова' and first_name = 'Дарья' and school_id = " + school);
        long ninth = number("select id from person where last_name = 'Лисин' and school_id = " + school);
        String secretary = logins.addStaff("Секретарёва", "Анна", null, ru.schooljournal.roster.entity.Sex.F, "Секретарь",
                java.util.Set.of(ru.schooljournal.access.entity.Role.SECRETARY)).login();

        ActingCaller.actAs(secretary);
        assertEquals("movement.graduateGrade", assertThrows(RuleViolation.class, () -> movementBook.decideYearEnd(repeater,
                ru.schooljournal.roster.entity.MovementOrder.Kind.GRADUATE, LocalDate.of(y, 5, 25), "30-у", null)).messageKey());
        movementBook.decideYearEnd(repeater, ru.schooljournal.roster.entity.MovementOrder.Kind.REPEAT, LocalDate.of(y, 5, 25),
                "30-у", "по заявлению родителей");
        movementBook.decideYearEnd(ninth, ru.schooljournal.roster.entity.MovementOrder.Kind.GRADUATE, LocalDate.of(y, 5, 25),
                "31-у", null);
        assertEquals("movement.yearEndDecided", assertThrows(RuleViolation.class, () -> movementBook.decideYearEnd(repeater,
                ru.schooljournal.roster.entity.MovementOrder.Kind.CONDITIONAL, LocalDate.of(y, 5, 25), "32-у", null)).messageKey());
        assertThrows(AccessDenied.class, () -> yearClosing.preview(), "the secretary does not close the year");

        ActingCaller.actAs(admin);
        List<ru.schooljournal.yearclosing.boundary.YearClosing.ClassPlan> plan = yearClosing.preview();
        assertTrue(plan.contains(new ru.schooljournal.yearclosing.boundary.YearClosing.ClassPlan("5А", "6А", 1, 0, 1, 0)), plan.toString());
        assertTrue(plan.contains(new ru.schooljournal.yearclosing.boundary.YearClosing.ClassPlan("11А", "—", 0, 0, 0, 1)), plan.toString());
        assertEquals("yearClosing.nextDates", assertThrows(RuleViolation.class, () -> yearClosingJob.start(
                LocalDate.of(y, 5, 1), LocalDate.of(y + 1, 5, 31), "40-у", LocalDate.of(y, 5, 30))).messageKey());
        long execution = yearClosingJob.start(LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 5, 31), "40-у", LocalDate.of(y, 5, 30));
        ru.schooljournal.demo.JobProgress ended = ru.schooljournal.demo.JobProgress.await(execution, ServerSide.JOB_CEILING);
        ru.schooljournal.yearclosing.YearClosingJob.Status status = yearClosingJob.status(execution);
        assertTrue(status.done(), status + "; " + ended);
        assertTrue(status.summary().contains("переведено 1"), status.summary());

        String newYear = "(select id from academic_year where school_id = " + school + " and current)";
        assertEquals(List.of(List.of(y + "/" + (y + 1))), rows("select name from academic_year where id = " + newYear));
        assertEquals(List.of(List.of("Орлов", 6), List.of("Орлова", 5)), rows("select p.last_name, c.grade from class_membership m "
                + "join school_class c on c.id = m.class_id join person p on p.id = m.student_id where c.year_id = " + newYear
                + " order by p.last_name"), "the boy goes up to 6А, his sister repeats 5А; 9Б's and 11А's graduates leave");
        assertEquals(List.of(List.of("10Б"), List.of("5А"), List.of("6А")), rows("select c.grade || c.letter from school_class c "
                + "where c.year_id = " + newYear + " order by 1"), "every class goes up; 5А is there again for the repeater");
        assertEquals(List.of(List.of("21")), rows("select room from school_class where grade = 6 and year_id = " + newYear),
                "the class keeps its room");
        assertEquals(1, number("select count(*) from class_subject cs join school_class c on c.id = cs.class_id "
                + "where c.grade = 5 and c.year_id = " + newYear), "new 5А gets last year's 5А curriculum");
        assertEquals(0, number("select count(*) from class_membership m join school_class c on c.id = m.class_id where c.school_id = "
                + school + " and c.year_id <> " + newYear + " and (m.left_on is null or m.left_on <> date '" + y + "-05-31')"),
                "last year's memberships end on its last day, so its journals keep showing who was there");
        assertEquals(List.of(List.of("GRADUATE", 2L), List.of("PROMOTE", 1L), List.of("REPEAT", 1L)), rows(
                "select kind, count(*) from movement_order where school_id = " + school + " group by kind order by kind"));
        assertEquals(6, number("select count(*) from study_period where year_id = " + newYear), "4 quarters and 2 halves");
        assertEquals("yearClosing.notOver", assertThrows(RuleViolation.class, () -> yearClosingJob.start(
                LocalDate.of(y + 1, 9, 1), LocalDate.of(y + 2, 5, 31), "41-у", today)).messageKey(),
                "the new year has only begun");
    }

    private static ru.schooljournal.school.control.SchoolFounding.FirstSchool founding(String code, String login) {
        return new ru.schooljournal.school.control.SchoolFounding.FirstSchool("Муниципальная школа " + code, "Школа " + code,
                code, "Europe/Moscow", "Иванова", "Мария", "Петровна", ru.schooljournal.roster.entity.Sex.F, login,
                "Founder-2026", "Founder-2026");
    }

    // ---- the school calendar -------------------------------------------------------------------------------------

    @Test
    void calendar_periodsAreCheckedAndADayOffOrAMovedDayChangesTheLessonsToCome() throws Exception {
        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> calendar.addDay(today.plusDays(3), CalendarDay.Kind.OFF, null, "праздник"));

        ActingCaller.actAs("zavuch");
        SchoolCalendar.View view = calendar.view();
        List<LocalDate[]> halves = view.periods().stream().filter(p -> p.kind() == PeriodKind.HALF)
                .map(p -> new LocalDate[]{p.startsOn(), p.endsOn()}).toList();
        assertEquals("calendar.periodOverlap", assertThrows(RuleViolation.class, () -> calendar.setPeriods(PeriodKind.HALF,
                List.of(halves.get(0), new LocalDate[]{halves.get(0)[1], halves.get(1)[1]}))).messageKey());
        assertEquals("calendar.periodCount", assertThrows(RuleViolation.class,
                () -> calendar.setPeriods(PeriodKind.HALF, List.<LocalDate[]>of(halves.get(0)))).messageKey());
        assertEquals("calendar.periodOutsideYear", assertThrows(RuleViolation.class, () -> calendar.setPeriods(PeriodKind.HALF,
                List.of(new LocalDate[]{view.startsOn().minusDays(3), halves.get(0)[1]}, halves.get(1)))).messageKey());
        assertEquals("calendar.dayInThePast", assertThrows(RuleViolation.class,
                () -> calendar.addDay(today, CalendarDay.Kind.OFF, null, null)).messageKey());

        // The next Monday and Saturday inside a quarter, if the year has any left — days on which no lesson was
        // changed for the day (the day-changes test moves and adds lessons in the days to come; those are kept
        // through a day off by design, so such a day would not show the day off's effect).
        List<List<Object>> days = rows("select min(d) filter (where extract(isodow from d) = 1), "
                + "min(d) filter (where extract(isodow from d) = 6) from study_period p join school s on s.id = p.school_id "
                + "join academic_year y on y.id = p.year_id, generate_series(greatest(p.starts_on, date '" + today.plusDays(2)
                + "'), p.ends_on, interval '1 day') d where s.code = 'demo' and y.current and p.kind = 'QUARTER' "
                + "and not exists (select 1 from lesson x where x.school_id = s.id and x.date = d::date "
                + "and (x.change_note is not null or x.moved_from is not null))");
        org.junit.jupiter.api.Assumptions.assumeTrue(days.get(0).get(0) != null && days.get(0).get(1) != null,
                "no school days left in this year's quarters");
        LocalDate monday = ((java.sql.Timestamp) days.get(0).get(0)).toLocalDateTime().toLocalDate();
        LocalDate saturday = ((java.sql.Timestamp) days.get(0).get(1)).toLocalDateTime().toLocalDate();
        long class7a = classId("7", "А");
        String lessonsOn = "select count(*) from lesson l join class_subject cs on cs.id = l.class_subject_id "
                + "where cs.class_id = " + class7a + " and l.date = date '";
        long mondayLessons = number(lessonsOn + monday + "'");
        assertTrue(mondayLessons > 0);

        calendar.addDay(monday, CalendarDay.Kind.OFF, null, "праздник");
        calendar.addDay(saturday, CalendarDay.Kind.WORKS_AS, 1, "перенос с понедельника");
        assertEquals(0, number(lessonsOn + monday + "'"), "no lessons on a day off");
        assertEquals(mondayLessons, number(lessonsOn + saturday + "' and l.number in (select ts.lesson_number "
                + "from timetable_slot ts where ts.class_subject_id = cs.id and ts.weekday = 1)"),
                "the moved Saturday has Monday's lessons");
        assertEquals("calendar.dayTwice", assertThrows(RuleViolation.class,
                () -> calendar.addDay(monday, CalendarDay.Kind.OFF, null, null)).messageKey());

        for (SchoolCalendar.Day d : calendar.view().days()) {
            calendar.removeDay(d.id());
        }
        assertEquals(mondayLessons, number(lessonsOn + monday + "'"), "and back again");
    }

    // ---- subjects, classes and staff ---------------------------------------------------------------------------

    @Test
    void subjectsClassesAndStaffAreAddedWithTheirRulesAndStaffGetATemporaryPassword() throws Exception {
        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> schoolClasses.addClass(11, "Я", null));
        assertThrows(AccessDenied.class, () -> logins.addStaff("Новая", "Учительница", null, ru.schooljournal.roster.entity.Sex.F,
                "учитель", java.util.EnumSet.of(ru.schooljournal.access.entity.Role.TEACHER)));

        ActingCaller.actAs("zavuch");
        assertEquals("setup.classExists", assertThrows(RuleViolation.class, () -> schoolClasses.addClass(5, "а", null)).messageKey());
        assertEquals("setup.classLetter", assertThrows(RuleViolation.class, () -> schoolClasses.addClass(5, "Q", null)).messageKey());
        long added = schoolClasses.addClass(11, "я", "214");
        assertEquals(List.of(List.of("Я", "214")), rows("select letter, room from school_class where id = " + added));

        ActingCaller.actAs("secretary");
        long subject = setup.addSubject("  Основы Финансовой   Грамотности ", "ОФГ");
        assertEquals("основы финансовой грамотности", rows("select name from subject where id = " + subject).get(0).get(0));
        assertEquals("setup.subjectExists", assertThrows(RuleViolation.class,
                () -> setup.addSubject("основы финансовой грамотности", null)).messageKey());

        ActingCaller.actAs("hr");
        assertEquals("staff.notAStaffRole", assertThrows(RuleViolation.class, () -> logins.addStaff("Пробная", "Анна", null,
                ru.schooljournal.roster.entity.Sex.F, null, java.util.EnumSet.of(ru.schooljournal.access.entity.Role.PARENT)))
                .messageKey());
        Logins.Slip slip = logins.addStaff("Ёлкина", "Дарья", "Игоревна", ru.schooljournal.roster.entity.Sex.F,
                "учитель истории", java.util.EnumSet.of(ru.schooljournal.access.entity.Role.TEACHER));
        assertTrue(slip.login().startsWith("elkina.d"), slip.login());
        assertEquals(List.of(List.of("TEACHER", true)), rows("select r.role, a.must_change_password from account a "
                + "join account_role r on r.account_id = a.id where a.login = '" + slip.login() + "'"));
        ActingCaller.actAs("zavuch");
        assertTrue(curriculum.teachers().stream().anyMatch(t -> t.name().startsWith("Ёлкина Дарья")),
                "the new teacher can be given subjects at once");
    }

    // ---- thematic plans ------------------------------------------------------------------------------------------

    @Test
    void thematicPlan_numberedTopicsComparedWithTheCurriculumAndOfferedInTheJournal() throws Exception {
        long math6b = classSubject("6", "Б", "математика");
        ActingCaller.actAs("teacher2");
        assertThrows(AccessDenied.class, () -> plans.of(math6b), "not their subject");

        ActingCaller.actAs("zavuch");
        assertEquals("plan.numbering", assertThrows(RuleViolation.class, () -> plans.replace(math6b, List.of(
                new ThematicPlan.Topic(1, "Натуральные числа", null), new ThematicPlan.Topic(3, "Дроби", null))))
                .messageKey());
        assertEquals("plan.emptyTopic", assertThrows(RuleViolation.class, () -> plans.replace(math6b, List.of(
                new ThematicPlan.Topic(1, " ", null)))).messageKey());
        List<ThematicPlan.Topic> topics = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            topics.add(new ThematicPlan.Topic(i, "Тема КТП " + i, i == 1 ? "1.1" : null));
        }
        plans.replace(math6b, topics);
        ThematicPlan.Plan plan = plans.of(math6b);
        assertEquals(10, plan.topics().size());
        long hours = number("select round(hours_per_week * 34) from class_subject where id = " + math6b);
        assertEquals(hours, plan.byCurriculum(), "hours a week × 34 study weeks");
        assertFalse(plan.matchesCurriculum(), "the page says the plan is shorter than the curriculum");

        JournalSheet q1 = journal.sheet(math6b, number("select p.id from study_period p join school s on s.id = p.school_id "
                + "join academic_year y on y.id = p.year_id where s.code = 'demo' and y.current and p.kind = 'QUARTER' "
                + "and p.number = 1"));
        JournalSheet.LessonColumn first = q1.lessons().get(0);
        assertEquals("Тема КТП 1", first.planTopic(), "the journal offers the plan's topic lesson by lesson");
        assertEquals("Тема КТП 2", q1.lessons().get(1).planTopic());
    }

    @Test
    void hrAddsAMemberOfStaffOnTheStaffPageAndGetsThePrintedSlip() throws Exception {
        WebUser hr = new WebUser(base);
        hr.signIn("hr", "Demo-2026");
        var page = hr.get("school/staff.xhtml");
        assertEquals(200, page.statusCode());
        var refused = hr.submit(page, "newStaffForm", "newStaffForm:addStaff", java.util.Map.of(
                "newStaffForm:lastName", "Лебедева", "newStaffForm:firstName", "Нина", "newStaffForm:sex", "F"));
        assertTrue(refused.body().contains("Отметьте хотя бы одну роль."), "no role ticked: told so on the page");
        var slip = hr.submit(hr.get("school/staff.xhtml"), "newStaffForm", "newStaffForm:addStaff", java.util.Map.of(
                "newStaffForm:lastName", "Лебедева", "newStaffForm:firstName", "Нина", "newStaffForm:sex", "F",
                "newStaffForm:position", "учитель биологии", "newStaffForm:roles", "TEACHER"));
        assertEquals("application/pdf", slip.headers().firstValue("Content-Type").orElse(""));
        assertTrue(slip.body().startsWith("%PDF"));
        assertEquals(1, number("select count(*) from account a join person p on p.id = a.person_id "
                + "where p.last_name = 'Лебедева' and p.first_name = 'Нина' and a.must_change_password"));
    }

    // ---- the curriculum -------------------------------------------------------------------------------------------

    @Test
    void curriculum_hoursAndTeachersAreCheckedAndANewTeacherTakesOverTheLessonsToCome() throws Exception {
        long class8a = classId("8", "А");
        long music = number("select cs.subject_id from class_subject cs join subject s on s.id = cs.subject_id "
                + "where cs.class_id = " + class8a + " and s.name = 'музыка'");
        long teacher2 = number("select person_id from account where login = 'teacher2'");
        long nurse = number("select person_id from account where login = 'nurse'");
        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> curriculum.setLine(class8a, music, teacher2, java.math.BigDecimal.ONE));

        ActingCaller.actAs("zavuch");
        assertEquals("curriculum.badHours", assertThrows(RuleViolation.class,
                () -> curriculum.setLine(class8a, music, teacher2, new java.math.BigDecimal("0.3"))).messageKey());
        assertEquals("curriculum.notATeacher", assertThrows(RuleViolation.class,
                () -> curriculum.setLine(class8a, music, nurse, java.math.BigDecimal.ONE)).messageKey());
        long cs = curriculum.setLine(class8a, music, teacher2, java.math.BigDecimal.ONE);
        assertEquals(0, number("select count(*) from lesson where class_subject_id = " + cs + " and date > date '" + today
                + "' and teacher_id <> " + teacher2), "the lessons to come are the new teacher's");
        assertTrue(number("select count(*) from lesson where class_subject_id = " + cs + " and date < date '" + today
                + "' and teacher_id <> " + teacher2) > 0 || today.isBefore(yearStart.plusDays(7)), "the past ones stay");
        assertEquals("curriculum.hasJournal", assertThrows(RuleViolation.class, () -> curriculum.removeLine(cs))
                .messageKey());
    }

    // ---- roster import ------------------------------------------------------------------------------------------

    private static RosterImport.Row row(int line, String cls, String last, String first, String sex, String birth,
                                        String parent, String relation, String phone) {
        return new RosterImport.Row(line, cls, last, first, null, sex, birth, parent, relation, phone, null, null, null);
    }

    @Test
    void rosterImport_everyRowsErrorsAreShownAndNothingIsWrittenWhileAnyRemain() throws Exception {
        List<RosterImport.Row> rows = List.of(
                row(2, "9Б", "Новикова", "Алиса", "Ж", "12.05.2011", "Новикова Ирина Сергеевна", "мать", "+7 912 000-11-22"),
                row(3, "9Я", "Новиков", "Борис", "М", "12.05.2011", null, null, null),
                row(4, "9Б", "", "Глеб", "М", "12.05.2011", null, null, null),
                row(5, "9Б", "Новиков", "Степан", "X", "31.02.2011", "Новиков", "дядя", "123"),
                row(6, "9 б", "Новикова", "Алиса", "ж", "2011-05-12", null, null, null),
                row(7, "9Б", "Тест<img src=x onerror=\"alert(1)\">", "Ян", "М", "01.03.2011", "Smith John", "отец", null));
        long people = number("select count(*) from person");
        ActingCaller.actAs("secretary");
        List<RosterImport.Checked> checked = rosterImport.check(rows);
        assertTrue(checked.get(0).ok(), checked.get(0).problems().toString());
        assertEquals(List.of("import.noClass"), keys(checked.get(1)));
        assertEquals(List.of("import.noName"), keys(checked.get(2)));
        assertEquals(List.of("import.badSex", "import.noSuchBirthDate", "import.parentBadName", "import.parentBadRelation",
                "import.parentBadPhone"), keys(checked.get(3)));
        assertEquals(List.of("import.twiceInFile"), keys(checked.get(4)));
        assertEquals(List.of("import.nameInvalid", "import.parentBadName"), keys(checked.get(5)),
                "markup or Latin letters in a name never get into the roster (the grid once ran such a name as script)");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> rosterImport.apply(rows, today));
        assertEquals("import.hasErrors", refused.messageKey());
        assertEquals(people, number("select count(*) from person"), "nothing was written");

        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> rosterImport.check(rows), "the import is the secretary's");
    }

    @Test
    void rosterImport_aCleanFileWritesStudentsTheirClassAndParentsAllAtOnce() throws Exception {
        List<RosterImport.Row> rows = List.of(
                row(2, "8Б", "Морозова", "Вера", "Ж", "03.04.2012", "Морозова Ольга Ивановна", "мать", "+7 913 555-00-01"),
                row(3, "8Б", "Морозов", "Илья", "М", "17.10.2013", "Морозова Ольга Ивановна", "мать", "+7 913 555-00-01"));
        ActingCaller.actAs("secretary");
        assertTrue(rosterImport.check(rows).stream().allMatch(RosterImport.Checked::ok));
        assertEquals(2, rosterImport.apply(rows, yearStart.plusDays(10)));
        assertEquals(2, number("select count(*) from class_membership m join person p on p.id = m.student_id "
                + "where p.last_name in ('Морозова', 'Морозов') and p.first_name in ('Вера', 'Илья') and m.class_id = "
                + classId("8", "Б")));
        assertEquals(List.of(List.of(1L, 2L)), rows("select count(distinct g.parent_id), count(*) from guardianship g "
                + "join person c on c.id = g.child_id where (c.first_name, c.birth_date) in "
                + "(('Вера', date '2012-04-03'), ('Илья', date '2013-10-17')) and c.last_name like 'Морозов%'"),
                "brother and sister share their mother");
        assertEquals(List.of("import.alreadyInSchool"), keys(rosterImport.check(rows.subList(0, 1)).get(0)),
                "importing the same file again is refused row by row");
    }

    private static List<String> keys(RosterImport.Checked c) {
        return c.problems().stream().map(RosterImport.Problem::messageKey).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static long classId(String grade, String letter) throws Exception {
        return number("select c.id from school_class c join academic_year y on y.id = c.year_id "
                + "join school s on s.id = c.school_id where s.code = 'demo' and y.current and c.grade = " + grade
                + " and c.letter = '" + letter + "'");
    }

    private static long classSubject(String grade, String letter, String subject) throws Exception {
        return number("select cs.id from class_subject cs join subject s on s.id = cs.subject_id where cs.class_id = "
                + classId(grade, letter) + " and s.name = '" + subject + "'");
    }

    /** A student from the end of the class list (the other tests take theirs from the beginning). */
    private static long lastStudent(String grade, String letter, int fromEnd) throws Exception {
        return number("select m.student_id from class_membership m join person p on p.id = m.student_id "
                + "where m.class_id = " + classId(grade, letter) + " order by p.last_name desc, p.first_name desc, p.id desc "
                + "offset " + fromEnd + " limit 1");
    }
}
