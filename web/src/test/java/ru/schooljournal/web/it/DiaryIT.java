package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.schooljournal.demo.DemoSchoolOnStartup;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.diary.boundary.Acknowledgements;
import ru.schooljournal.diary.boundary.Diary;
import ru.schooljournal.diary.boundary.Diary.DiaryDay;
import ru.schooljournal.diary.boundary.Diary.DiaryWeek;
import ru.schooljournal.diary.boundary.DiaryMarks;
import ru.schooljournal.diary.boundary.MarkHistory;
import ru.schooljournal.diary.control.DiaryCalendar;
import ru.schooljournal.diary.control.SubjectPeriods.SubjectPeriod;
import ru.schooljournal.journal.boundary.Journal;
import ru.schooljournal.journal.boundary.JournalSheet;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.boundary.Activity;

/**
 * The diary parents and students read (SPEC §6): the period per subject computed as the teacher's grid computes
 * it, the week as the school's calendar has it (holidays as holidays, no template lessons, bounded to the year),
 * the weekly printout and the class set, the year at a glance, the statements a diary takes, and that a parent
 * reaches nothing of another child by any route.
 */
@ExtendWith(ArquillianExtension.class)
class DiaryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.journal().addClasses(Deployments.class, ServerSide.class, WebUser.class, ActingCaller.class,
                StatementCounter.class).addAsLibraries(Deployments.pdfBox()); // PDFBox reads the PDFs back on the server's side
    }

    private static final String PASSWORD = "Demo-2026";

    @ArquillianResource
    URL base;

    @EJB
    DemoSchoolOnStartup demo;

    @EJB
    Diary diary;

    @EJB
    DiaryMarks diaryMarks;

    @EJB
    Journal journal;

    @EJB
    MarkHistory markHistory;

    @EJB
    Acknowledgements acknowledgements;

    @EJB
    Activity activity;

    @Inject
    StatementCounter statements;

    private long child;
    private long class5a;

    @BeforeEach
    void demoSchool() throws Exception {
        ServerSide.awaitDemoSchool(demo);
        class5a = ServerSide.demoClass(5, "А");
        // The demo parent's child in 5А (the class whose teacher is the demo «teacher»).
        child = ServerSide.number("""
                select g.child_id from guardianship g join class_membership m on m.student_id = g.child_id and m.left_on is null
                where g.parent_id = (select person_id from account where login = 'parent') and m.class_id = %d
                order by g.child_id limit 1""".formatted(class5a));
    }

    @AfterEach
    void nobody() {
        ActingCaller.stop();
        statements.stop();
    }

    @Test
    void thePeriodsAveragesAndForecastAreTheTeachersGrids() throws Exception {
        long q1 = ServerSide.demoQuarter(1);
        ActingCaller.actAs("parent");
        DiaryMarks.StudentPeriod period = diaryMarks.period(child, q1);
        assertEquals(q1, period.period().id());
        ActingCaller.actAs("zavuch"); // reads every class's journal
        int compared = 0;
        for (SubjectPeriod s : period.subjects()) {
            List<Object> expected = ServerSide.rows("""
                    select round(avg(m.value), 2), round(sum(m.value * w.weight) / sum(w.weight), 2), count(*)
                    from mark m join lesson l on l.id = m.lesson_id join work_type w on w.id = m.work_type_id
                    join study_period p on p.id = %d
                    where m.student_id = %d and l.class_subject_id = %d and l.date between p.starts_on and p.ends_on"""
                    .formatted(q1, child, s.classSubjectId())).get(0);
            assertEquals(((Number) expected.get(2)).intValue(), s.marks().size(), s.subject() + ": every mark of the period");
            if (s.marks().isEmpty()) {
                continue;
            }
            assertEquals(0, ((BigDecimal) expected.get(0)).compareTo(s.averages().simple()), s.subject() + " average");
            assertEquals(0, ((BigDecimal) expected.get(1)).compareTo(s.averages().weighted()), s.subject() + " weighted");
            JournalSheet sheet = journal.sheet(s.classSubjectId(), q1);
            JournalSheet.StudentRow row = sheet.students().stream().filter(r -> r.studentId() == child).findFirst().orElseThrow();
            assertEquals(row.average(), s.averages().simple(), s.subject() + ": the grid's average");
            assertEquals(row.weightedAverage(), s.averages().weighted(), s.subject() + ": the grid's weighted average");
            assertEquals(row.forecast(), s.averages().forecast(), s.subject() + ": the grid's forecast");
            assertEquals(row.tooFewMarks(), s.averages().tooFewMarks(), s.subject() + ": «мало отметок» as the grid");
            assertEquals(row.finals().get("PERIOD:" + q1), s.periodMark(), s.subject() + ": the period mark");
            compared++;
            for (var m : s.marks()) {
                assertNotNull(m.workType(), "each mark says what it was for");
            }
        }
        assertTrue(compared >= 3, "the demo child has marks in several subjects: " + compared);
        // And on the page: the averages as the parent sees them.
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        String page = parent.get("parent/period.xhtml?child=" + child + "&period=" + q1).body();
        SubjectPeriod first = period.subjects().stream().filter(s -> !s.marks().isEmpty()).findFirst().orElseThrow();
        assertTrue(page.contains(first.subject()) && page.contains(first.averages().weighted().toPlainString()),
                "the period page shows " + first.subject() + " with its weighted average");
    }

    @Test
    void holidaysShowAsHolidaysWithoutTheTimetablesLessonsAndTheWeeksStayInTheYear() throws Exception {
        List<List<Object>> holiday = ServerSide.rows("""
                select d::date from school_class c join academic_year y on y.id = c.year_id,
                     generate_series(y.starts_on, y.ends_on, interval '1 day') d
                where c.id = %d and extract(isodow from d) < 6 and not exists (select 1 from study_period p
                      join grade_period_kind g on g.year_id = p.year_id and g.kind = p.kind
                      where p.year_id = y.id and g.grade = c.grade and d between p.starts_on and p.ends_on)
                order by 1 limit 1""".formatted(class5a));
        ActingCaller.actAs("parent");
        if (!holiday.isEmpty()) {
            LocalDate day = LocalDate.parse(holiday.get(0).get(0).toString());
            DiaryWeek week = diary.week(child, day);
            DiaryDay shown = week.days().stream().filter(d -> d.date().equals(day)).findFirst().orElseThrow();
            assertEquals(DiaryCalendar.Kind.HOLIDAYS, shown.kind(), day + " is in the holidays");
            assertTrue(shown.lessons().isEmpty(), "no lessons in the holidays: " + shown.lessons());
            WebUser parent = new WebUser(base);
            parent.signIn("parent", PASSWORD);
            assertTrue(parent.get("parent/diary.xhtml?child=" + child + "&week=" + day).body().contains("Каникулы"));
        }
        DiaryWeek far = diary.week(child, LocalDate.of(2099, 1, 1));
        assertNull(far.next(), "no week after the year's last");
        DiaryWeek early = diary.week(child, LocalDate.of(2000, 1, 1));
        assertNull(early.previous(), "no week before the year's first");
        LocalDate yearEnd = LocalDate.parse(ServerSide.rows("select y.ends_on from school_class c join academic_year y "
                + "on y.id = c.year_id where c.id = " + class5a).get(0).get(0).toString());
        assertFalse(far.monday().isAfter(yearEnd), "the year's last week: " + far.monday());
    }

    @Test
    void theWeekShowsHomeworkWithItsDayMarksWithTheirWorkAndReadsWithAFewStatements() throws Exception {
        // A past week of 5А's with homework set and a mark of the child's.
        List<Object> lesson = ServerSide.rows("""
                select l.date, l.homework, s.name from lesson l join class_subject cs on cs.id = l.class_subject_id
                join subject s on s.id = cs.subject_id
                where cs.class_id = %d and cs.group_no is null and l.homework is not null and not l.cancelled
                  and l.date < current_date - 7
                  and exists (select 1 from mark m join lesson k on k.id = m.lesson_id join class_subject x on x.id = k.class_subject_id
                              where m.student_id = %d and x.class_id = cs.class_id
                                and k.date between date_trunc('week', l.date) and date_trunc('week', l.date) + interval '5 days')
                order by l.date desc limit 1""".formatted(class5a, child)).get(0);
        LocalDate day = LocalDate.parse(lesson.get(0).toString());
        ActingCaller.actAs("parent");
        List<String> counted = statements.start();
        DiaryWeek week = diary.week(child, day);
        int one = counted.size();
        statements.stop();
        var withHomework = week.days().stream().filter(d -> d.date().equals(day)).flatMap(d -> d.lessons().stream())
                .filter(l -> l.subject().equals(lesson.get(2)) && lesson.get(1).equals(l.homework())).findFirst().orElseThrow();
        assertNotNull(withHomework.homeworkDue(), "the homework's day to hand in");
        assertTrue(withHomework.homeworkDue().isAfter(day), "due on a later day, not at the double lesson's second half");
        LocalDate due = withHomework.homeworkDue();
        DiaryWeek dueWeek = diary.week(child, due);
        assertTrue(dueWeek.days().stream().filter(d -> d.date().equals(due)).flatMap(d -> d.lessons().stream())
                        .anyMatch(l -> l.subject().equals(lesson.get(2)) && l.homeworkForToday() != null
                                && l.homeworkForToday().contains(lesson.get(1).toString())),
                "the lesson it is due at shows it as the homework for it");
        assertTrue(week.days().stream().flatMap(d -> d.lessons().stream()).flatMap(l -> l.marks().stream())
                .allMatch(m -> m.workType() != null && !m.workType().isBlank()), "every mark with its work type");
        ActingCaller.actAs("teacher");
        List<String> classCounted = statements.start();
        List<DiaryWeek> set = diary.classSet(class5a, day);
        int whole = classCounted.size();
        statements.stop();
        System.out.println("DIARY week: " + one + " statements for one student; the class set of " + set.size()
                + " students: " + whole);
        assertTrue(one <= 16, one + " statements (the access check's four, the view's record and the signatures among them): "
                + counted);
        assertTrue(whole <= one + 2, "the class set reads as one student's week does: " + whole + " against " + one);
        // A figure for one parent: the diary page over HTTP, 30 times in a row.
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        long[] ms = new long[30];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            assertEquals(200, parent.get("parent/diary.xhtml?child=" + child + "&week=" + day).statusCode());
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        System.out.println("DIARY one parent's week page over HTTP: median " + ms[15] + " ms, p95 " + ms[28] + " ms");
    }

    @Test
    void theWeeklyPrintoutAndTheClassSetHoldTheWeeksHomeworkAndMarks() throws Exception {
        List<Object> lesson = ServerSide.rows("""
                select l.date, l.homework, m.value, w.name from mark m join lesson l on l.id = m.lesson_id
                join class_subject cs on cs.id = l.class_subject_id join work_type w on w.id = m.work_type_id
                where m.student_id = %d and l.homework is not null and l.date < current_date and cs.class_id = %d
                order by l.date desc limit 1""".formatted(child, class5a)).get(0);
        LocalDate day = LocalDate.parse(lesson.get(0).toString());
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        HttpResponse<byte[]> pdf = parent.getBytes("parent/diary-week.pdf?child=" + child + "&week=" + day);
        assertEquals(200, pdf.statusCode());
        String childName = ServerSide.rows("select last_name from person where id = " + child).get(0).get(0).toString();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", "");
            assertTrue(text.contains("Дневник: ") && text.contains(childName), "the student's name");
            assertTrue(flat.contains(lesson.get(1).toString().replaceAll("\\s+", "")), "the homework: " + lesson.get(1));
            assertTrue(flat.contains((lesson.get(2) + "(" + lesson.get(3) + ")").replaceAll("\\s+", "")),
                    "the mark with its work type");
            assertTrue(text.contains("средние на сегодня"), "the period's averages so far");
        }
        WebUser classTeacher = new WebUser(base);
        classTeacher.signIn("teacher", PASSWORD);
        HttpResponse<byte[]> set = classTeacher.getBytes("school/reports/diary-week.pdf?class=" + class5a + "&week=" + day);
        assertEquals(200, set.statusCode());
        long students = ServerSide.number("select count(*) from class_membership where class_id = " + class5a
                + " and left_on is null");
        try (PDDocument document = Loader.loadPDF(set.body())) {
            assertTrue(document.getNumberOfPages() >= students, "a page (or more) per student: "
                    + document.getNumberOfPages() + " for " + students);
            assertTrue(new PDFTextStripper().getText(document).contains(childName));
        }
        long class5b = ServerSide.demoClass(5, "Б");
        assertEquals(403, classTeacher.getBytes("school/reports/diary-week.pdf?class=" + class5b).statusCode(),
                "another class's set");
        assertEquals(403, parent.getBytes("school/reports/diary-week.pdf?class=" + class5a).statusCode());
    }

    @Test
    void aParentReachesNothingOfAnotherChildByAnyRoute() throws Exception {
        long parentId = ServerSide.number("select person_id from account where login = 'parent'");
        long stranger = ServerSide.number("""
                select m.student_id from class_membership m where m.left_on is null and not exists
                  (select 1 from guardianship g where g.child_id = m.student_id and g.parent_id = %d)
                order by m.student_id limit 1""".formatted(parentId));
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        for (String route : List.of("parent/diary.xhtml?child=", "parent/period.xhtml?child=", "parent/year.xhtml?child=",
                "parent/diary-week.pdf?child=", "parent/student-report.pdf?period=1&child=")) {
            HttpResponse<byte[]> r = parent.getBytes(route + stranger);
            assertEquals(403, r.statusCode(), route);
            assertFalse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains("diary-title"), route);
        }
        assertEquals(200, parent.get("parent/year.xhtml?child=" + child).statusCode());
        for (String bad : List.of("parent/period.xhtml?child=abc", "parent/period.xhtml?child=" + child + "&period=abc",
                "parent/period.xhtml?child=" + child + "&period=999999", "parent/diary-week.pdf?child=abc",
                "parent/diary.xhtml?child=" + child + "&week=1999-13-45")) {
            int status = parent.get(bad).statusCode();
            assertTrue(status == 400 || status == 200, bad + " answers " + status + ", never 500");
        }
        WebUser student = new WebUser(base);
        student.signIn("student", PASSWORD);
        assertEquals(200, student.get("student/period.xhtml").statusCode());
        assertEquals(200, student.get("student/year.xhtml").statusCode());
        assertEquals(200, student.getBytes("student/diary-week.pdf").statusCode());
        assertEquals(403, student.get("parent/period.xhtml?child=" + child).statusCode());
        assertEquals(403, student.getBytes("school/reports/diary-week.pdf?class=" + class5a).statusCode());
    }

    @Test
    void aParentSeesWhatChangedInTheMarksSignsTheWeekAndTheClassTeacherSeesWhoUsesTheDiary() throws Exception {
        // A lesson of the teacher's this week or last, in the edit window, where the child has nothing yet.
        List<Object> lesson = ServerSide.rows("""
                select l.id, l.date, s.name from lesson l join class_subject cs on cs.id = l.class_subject_id
                join subject s on s.id = cs.subject_id
                where cs.class_id = %d and cs.group_no is null and not l.cancelled
                  and cs.teacher_id = (select person_id from account where login = 'teacher')
                  and l.date between current_date - 6 and current_date
                  and not exists (select 1 from mark m where m.lesson_id = l.id and m.student_id = %d)
                  and not exists (select 1 from attendance a where a.lesson_id = l.id and a.student_id = %d)
                order by l.date desc, l.number limit 1""".formatted(class5a, child, child)).get(0);
        long lessonId = ((Number) lesson.get(0)).longValue();
        LocalDate lessonDate = LocalDate.parse(lesson.get(1).toString());
        ActingCaller.actAs("teacher");
        journal.saveCell(lessonId, child, "", "4");
        journal.saveCell(lessonId, child, "4", "5");
        String teacher = ServerSide.rows("select p.last_name from account a join person p on p.id = a.person_id "
                + "where a.login = 'teacher'").get(0).get(0).toString();

        ActingCaller.actAs("parent");
        MarkHistory.History history = markHistory.of(child);
        List<MarkHistory.Change> ofLesson = history.changes().stream()
                .filter(c -> lessonDate.equals(c.lessonDate()) && c.subject().equals(lesson.get(2))
                        && c.what() == MarkHistory.What.MARKS).toList();
        assertEquals(2, ofLesson.size(), "the mark given and then changed: " + ofLesson);
        assertTrue(ofLesson.get(0).before().startsWith("4") && ofLesson.get(0).after().startsWith("5"),
                "newest first, the old and the new value: " + ofLesson.get(0));
        assertTrue(ofLesson.get(1).added(), "first given: " + ofLesson.get(1));
        assertTrue(ofLesson.get(0).by().startsWith(teacher) && !ofLesson.get(0).by().contains("teacher"),
                "by the teacher's name, not their login: " + ofLesson.get(0).by());
        // A year mark's change (as FinalMarks writes it: the column «YEAR», not a period) reads too.
        ServerSide.execute("""
                insert into journal_change (school_id, class_subject_id, student_id, field, detail, old_value, new_value, changed_by)
                select l.school_id, l.class_subject_id, %d, 'FINAL', 'YEAR', null, '5', a.id from lesson l, account a
                where l.id = %d and a.login = 'teacher'""".formatted(child, lessonId));
        assertTrue(markHistory.of(child).changes().stream().anyMatch(c -> "Год".equals(c.finalColumn()) && "5".equals(c.after())),
                "the year mark's change, its column named");
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        String changesPage = parent.get("parent/changes.xhtml?child=" + child).body();
        assertTrue(changesPage.contains(teacher) && changesPage.contains("id=\"changes\""), "the changes page");

        // «Ознакомлен(а)» under the week the diary showed; a week not begun and another family's refused.
        diary.week(child, lessonDate); // a view of the diary, recorded
        acknowledgements.acknowledge(child, lessonDate);
        acknowledgements.acknowledge(child, lessonDate); // a second time keeps the first
        assertEquals(1, acknowledgements.ofWeek(child, lessonDate).size());
        assertTrue(diary.week(child, lessonDate).signedByMe());
        assertEquals("diary.ack.future", assertThrows(RuleViolation.class,
                () -> acknowledgements.acknowledge(child, LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusWeeks(1)))
                .messageKey());
        long parentId = ServerSide.number("select person_id from account where login = 'parent'");
        long stranger = ServerSide.number("""
                select m.student_id from class_membership m where m.left_on is null and not exists
                  (select 1 from guardianship g where g.child_id = m.student_id and g.parent_id = %d)
                order by m.student_id limit 1""".formatted(parentId));
        assertThrows(AccessDenied.class, () -> acknowledgements.acknowledge(stranger, lessonDate));
        ActingCaller.actAs("teacher");
        assertThrows(AccessDenied.class, () -> acknowledgements.acknowledge(child, lessonDate), "only a parent signs");

        // The class teacher: per class and per person, the parent's views and signature; who never signed in.
        LocalDate monday = LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).with(java.time.DayOfWeek.MONDAY);
        Activity.Usage usage = activity.of(monday.minusWeeks(1), LocalDate.now(java.time.ZoneId.of("Europe/Moscow")), null);
        assertEquals(1, usage.classes().size(), "the class teacher's own class only");
        assertTrue(usage.oneClass());
        String parentName = ServerSide.rows("select last_name from person where id = " + parentId).get(0).get(0).toString();
        Activity.PersonLine line = usage.people().stream().filter(p -> p.parent() && p.who().contains(parentName))
                .findFirst().orElseThrow();
        assertNotNull(line.lastSignIn(), "the demo parent has signed in");
        assertTrue(line.views() >= 1 && line.viewsThisWeek() >= 0 && line.signIns() >= 1, line.toString());
        assertNotNull(lessonDate.with(java.time.DayOfWeek.MONDAY).equals(monday) ? line.acknowledgedThisWeek()
                : line.acknowledgedLastWeek(), "the parent's signature under the week: " + line);
        assertTrue(usage.people().stream().anyMatch(p -> p.lastSignIn() == null), "some have never signed in");
        assertTrue(usage.classes().get(0).neverSignedIn() > 0);
        WebUser classTeacher = new WebUser(base);
        classTeacher.signIn("teacher", PASSWORD);
        String report = classTeacher.get("school/reports/activity.xhtml?class=" + class5a).body();
        assertTrue(report.contains("Кто пользуется дневником") && report.contains("ни разу не входил"), "the activity page");
        String dates = "from=" + monday.minusWeeks(1) + "&to=" + monday.plusDays(6);
        HttpResponse<byte[]> xlsx = classTeacher.getBytes("school/reports/activity.xlsx?" + dates + "&class=" + class5a);
        assertEquals(200, xlsx.statusCode());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("Кто пользуется дневником");
            assertNotNull(sheet, "the people's sheet for one class");
            boolean found = false;
            for (var row : sheet) {
                for (var cell : row) {
                    found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().contains(parentName);
                }
            }
            assertTrue(found, "the parent's line in the .xlsx");
        }
        long class5b = ServerSide.demoClass(5, "Б");
        assertEquals(403, classTeacher.getBytes("school/reports/activity.xlsx?" + dates + "&class=" + class5b).statusCode(),
                "another class's activity");
        assertEquals(403, parent.getBytes("school/reports/activity.xlsx?" + dates + "&class=" + class5a).statusCode());

        ActingCaller.actAs("teacher");
        journal.saveCell(lessonId, child, "5", ""); // the mark taken away again: the history keeps that too
        ActingCaller.actAs("parent");
        assertTrue(markHistory.of(child).changes().get(0).removed());
    }
}
