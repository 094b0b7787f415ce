package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.schooljournal.demo.DemoSchoolOnStartup;
import ru.schooljournal.reports.boundary.ProgressSummary;

/**
 * The reports (SPEC §8) as a deputy and a class teacher get them: «Итоги успеваемости» of the 1st quarter as
 * .xlsx and PDF, its figures checked against what this test computes straight from the period marks in the
 * database, the cells' types, a name that looks like a formula, who may have which report, and the number of
 * statements a whole school's report takes.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

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
    ProgressSummary progressSummary;

    @Inject
    StatementCounter statements;

    private long q1;

    @BeforeEach
    void demoSchool() throws Exception {
        ServerSide.awaitDemoSchool(demo);
        q1 = ServerSide.demoQuarter(1);
        org.junit.jupiter.api.Assumptions.assumeTrue(ServerSide.demoQuarterOver(1), "the 1st quarter is not over yet");
    }

    @AfterEach
    void nobody() {
        ActingCaller.stop();
    }

    /**
     * Per class of the quarter's grades: N (students at the quarter's end, leaving out the released and those
     * without marks) and those whose every period mark is 4 or 5 — worked out here in SQL, not by our code.
     */
    private Map<String, long[]> expectedFigures() throws Exception {
        Map<String, long[]> byClass = new HashMap<>();
        for (List<Object> r : ServerSide.rows("""
                with p as (select id, ends_on, year_id from study_period where id = %d),
                roll as (select c.id class_id, c.grade || c.letter class_name, m.student_id
                         from class_membership m join school_class c on c.id = m.class_id join p on c.year_id = p.year_id
                         where m.enrolled_on <= p.ends_on and (m.left_on is null or m.left_on >= p.ends_on)),
                expected as (select r.class_name, r.student_id, cs.id cs from roll r
                         join class_subject cs on cs.class_id = r.class_id cross join p
                         where cs.group_no is null or exists (select 1 from subgroup_member g
                               where g.class_subject_id = cs.id and g.student_id = r.student_id
                                 and g.from_on <= p.ends_on and (g.to_on is null or g.to_on >= p.ends_on))),
                marks as (select e.class_name, e.student_id,
                                 (select fm.value from final_mark fm, p where fm.class_subject_id = e.cs
                                  and fm.student_id = e.student_id and fm.kind = 'PERIOD' and fm.period_id = p.id) as value
                          from expected e),
                per as (select class_name, student_id, count(value) marked,
                               count(*) filter (where coalesce(value, '') <> 'осв') not_released,
                               bool_and(coalesce(value, '') in ('4', '5', 'осв')) good
                        from marks group by class_name, student_id)
                select class_name, count(*) filter (where marked > 0 and not_released > 0),
                       count(*) filter (where marked > 0 and not_released > 0 and good)
                from per group by class_name""".formatted(q1))) {
            byClass.put((String) r.get(0), new long[]{((Number) r.get(1)).longValue(), ((Number) r.get(2)).longValue()});
        }
        return byClass;
    }

    private static int column(Row header, String title) {
        for (Cell c : header) {
            if (c.getStringCellValue().equals(title)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column «" + title + "»");
    }

    private static Row headerRow(Sheet sheet) {
        for (Row r : sheet) {
            Cell first = r.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Класс")) {
                return r;
            }
        }
        throw new AssertionError("no header row on " + sheet.getSheetName());
    }

    @Test
    void theDeputysProgressSummaryAgreesWithThePeriodMarksInTheDatabase() throws Exception {
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/progress.xlsx?period=" + q1);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        Map<String, long[]> expected = expectedFigures();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Итоги");
            assertNotNull(sheet, "the summary sheet");
            assertEquals("Итоги успеваемости по школе за 1 четверть", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("школа"), "the school in the title");
            Row header = headerRow(sheet);
            assertEquals(header.getRowNum() + 1, sheet.getPaneInformation().getHorizontalSplitPosition(),
                    "the header row is frozen");
            int n = column(header, "Учтено (N)");
            int quality = column(header, "% качества");
            int average = column(header, "Средний балл");
            int classes = 0;
            long schoolN = 0;
            long schoolGood = 0;
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                String name = r.getCell(0).getStringCellValue();
                if (name.equals("Школа")) {
                    assertEquals(CellType.NUMERIC, r.getCell(quality).getCellType());
                    assertEquals(schoolN, (long) r.getCell(n).getNumericCellValue(), "the school's N: computed, not summed");
                    assertEquals(Math.round(schoolGood * 1000.0 / schoolN) / 10.0,
                            Math.round(r.getCell(quality).getNumericCellValue() * 1000) / 10.0, 0.001);
                    continue;
                }
                long[] e = expected.get(name);
                if (e == null) {
                    continue; // last year's line
                }
                classes++;
                assertEquals(CellType.NUMERIC, r.getCell(n).getCellType(), "a count is a number: " + name);
                assertEquals(e[0], (long) r.getCell(n).getNumericCellValue(), "N of " + name);
                if (e[0] > 0) {
                    Cell q = r.getCell(quality);
                    assertEquals(CellType.NUMERIC, q.getCellType(), "% качества is a number: " + name);
                    assertEquals("0.0%", q.getCellStyle().getDataFormatString());
                    assertEquals(Math.round(e[1] * 1000.0 / e[0]) / 10.0, Math.round(q.getNumericCellValue() * 1000) / 10.0,
                            0.001, "% качества of " + name);
                    assertEquals(CellType.NUMERIC, r.getCell(average).getCellType());
                }
                schoolN += e[0];
                schoolGood += e[1];
            }
            assertTrue(classes >= 10, classes + " classes of the quarter's grades");
            assertTrue(schoolN > 0, "the demo school has its 1st quarter's marks");
            long withQuality = expected.values().stream().filter(e -> e[1] > 0).count();
            assertTrue(withQuality > 0, "some class has хорошисты");
            Sheet lists = book.getSheet("Списки");
            assertNotNull(lists);
            assertTrue(lists.getLastRowNum() > headerRow(lists).getRowNum(), "the lists name students");
        }
    }

    @Test
    void aNameThatLooksLikeAFormulaIsATextCell() throws Exception {
        // A student of the lists (a хорошист or a неуспевающий of 5Б) renamed as an attacker would.
        List<Object> student = ServerSide.rows("""
                select p.id, p.last_name from person p join class_membership m on m.student_id = p.id
                join school_class c on c.id = m.class_id join academic_year y on y.id = c.year_id
                where y.current and c.grade = 5 and c.letter = 'Б' and m.left_on is null order by p.id limit 1""").get(0);
        long id = ((Number) student.get(0)).longValue();
        ServerSide.execute("update person set last_name = '=HYPERLINK(\"http://x\";\"a\")' where id = " + id);
        try {
            WebUser deputy = new WebUser(base);
            deputy.signIn("zavuch", PASSWORD);
            long class5b = ServerSide.demoClass(5, "Б");
            // One class: every student of it is listed under its standing, the renamed one too, unless a
            // троечник (not listed); the page of lists holds no formula either way.
            HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/progress.xlsx?period=" + q1 + "&class=" + class5b);
            assertEquals(200, xlsx.statusCode());
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                boolean seen = false;
                for (Sheet sheet : book) {
                    for (Row r : sheet) {
                        for (Cell c : r) {
                            assertFalse(c.getCellType() == CellType.FORMULA, "a formula in " + sheet.getSheetName());
                            if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("=HYPERLINK")) {
                                seen = true;
                            }
                        }
                    }
                }
                // Force the renamed student into a list: make them fail mathematics for the quarter.
                if (!seen) {
                    ServerSide.execute("""
                            update final_mark set value = '2' where student_id = %d and period_id = %d
                              and class_subject_id = (select cs.id from class_subject cs join subject s on s.id = cs.subject_id
                                                      where cs.class_id = %d and s.name = 'математика')""".formatted(id, q1, class5b));
                    xlsx = deputy.getBytes("school/reports/progress.xlsx?period=" + q1 + "&class=" + class5b);
                    try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                        for (Row r : again.getSheet("Списки")) {
                            for (Cell c : r) {
                                assertFalse(c.getCellType() == CellType.FORMULA);
                                seen |= c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("=HYPERLINK");
                            }
                        }
                    }
                }
                assertTrue(seen, "the renamed student is listed, as text");
            }
        } finally {
            ServerSide.execute("update person set last_name = '" + student.get(1) + "' where id = " + id);
        }
    }

    @Test
    void thePdfPrintsInRussianOnLandscapeA4WithPageNumbers() throws Exception {
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<byte[]> pdf = deputy.getBytes("school/reports/progress.pdf?period=" + q1);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDPage first = document.getPage(0);
            boolean turned = first.getRotation() % 180 != 0;
            float width = turned ? first.getMediaBox().getHeight() : first.getMediaBox().getWidth();
            float height = turned ? first.getMediaBox().getWidth() : first.getMediaBox().getHeight();
            assertEquals(842, Math.round(width), "A4, landscape");
            assertEquals(595, Math.round(height), "A4, landscape");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // the rows as printed (the upright headers of the figures aside)
            String text = stripper.getText(document);
            assertTrue(text.contains("Итоги успеваемости по школе за 1 четверть"), text.substring(0, 300));
            assertTrue(text.contains("Классный руководитель"));
            assertTrue(text.contains("Страница 1"));
            long[] e = expectedFigures().get("5Б");
            String quality = String.format(java.util.Locale.ROOT, "%.1f", e[1] * 100.0 / e[0]).replace('.', ',');
            String row5b = text.lines().filter(l -> l.startsWith("5Б ")).findFirst().orElseThrow();
            assertTrue(row5b.contains(" " + e[0] + " ") && row5b.contains(" " + quality + " "),
                    "5Б's N " + e[0] + " and % качества " + quality + " in: " + row5b);
            assertTrue(text.contains("Ученик") && text.contains("Предметы"), "the lists' headers");
            assertTrue(document.getNumberOfPages() >= 2, "the lists on pages of their own");
        }
    }

    @Test
    void aClassTeacherGetsTheirClassOnlyAndOthersNothing() throws Exception {
        long class5a = ServerSide.demoClass(5, "А");
        long class5b = ServerSide.demoClass(5, "Б");
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD); // 5А's class teacher
        HttpResponse<byte[]> own = teacher.getBytes("school/reports/progress.xlsx?period=" + q1);
        assertEquals(200, own.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(own.body()))) {
            Sheet sheet = book.getSheet("Итоги");
            Row header = headerRow(sheet);
            assertEquals("Итоги успеваемости за 1 четверть", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("5А", sheet.getRow(header.getRowNum() + 1).getCell(0).getStringCellValue());
            assertEquals("Итого", sheet.getRow(header.getRowNum() + 2).getCell(0).getStringCellValue());
            assertEquals(header.getRowNum() + 2, sheet.getLastRowNum(), "their class and its total, nothing else");
            // One class: its students with their marks and standing, and the figures per subject.
            Sheet students = book.getSheet("Ученики");
            assertNotNull(students);
            long roll = ServerSide.number("""
                    select count(*) from class_membership m, study_period p where p.id = %d and m.class_id = %d
                    and m.enrolled_on <= p.ends_on and (m.left_on is null or m.left_on >= p.ends_on)""".formatted(q1, class5a));
            Row studentsHeader = null;
            for (Row r : students) {
                if (r.getCell(1) != null && "Ученик".equals(r.getCell(1).getStringCellValue())) {
                    studentsHeader = r;
                }
            }
            assertNotNull(studentsHeader);
            assertEquals(roll, students.getLastRowNum() - studentsHeader.getRowNum());
            Sheet subjects = book.getSheet("По предметам");
            Row subjectsHeader = null;
            Row music = null;
            for (Row r : subjects) {
                String first = r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue();
                if (first.equals("Предмет")) {
                    subjectsHeader = r;
                } else if (first.equals("музыка")) {
                    music = r;
                }
            }
            assertNotNull(music, "5А's music");
            long unset = ServerSide.number("""
                    select count(*) from class_membership m join study_period p on p.id = %d
                    join class_subject cs on cs.class_id = m.class_id join subject s on s.id = cs.subject_id and s.name = 'музыка'
                    where m.class_id = %d and m.enrolled_on <= p.ends_on and (m.left_on is null or m.left_on >= p.ends_on)
                      and not exists (select 1 from final_mark fm where fm.class_subject_id = cs.id and fm.student_id = m.student_id
                                      and fm.kind = 'PERIOD' and fm.period_id = p.id and fm.value <> 'н/а')""".formatted(q1, class5a));
            assertEquals(unset, (long) music.getCell(column(subjectsHeader, "н/а")).getNumericCellValue(),
                    "the music marks not set count as «н/а»");
        }
        assertEquals(200, teacher.getBytes("school/reports/progress.pdf?period=" + q1 + "&class=" + class5a).statusCode());
        HttpResponse<String> other = teacher.get("school/reports/progress.xlsx?period=" + q1 + "&class=" + class5b);
        assertEquals(403, other.statusCode(), "a crafted filter for another class");
        assertTrue(other.body().contains("правами доступа"), "refused in Russian");
        String page = teacher.get("school/reports/progress.xhtml").body();
        assertTrue(page.contains("Итоги успеваемости за "), "their class's summary");
        assertFalse(page.contains(">5Б<"), "no other class on the teacher's page");

        WebUser subjectTeacher = new WebUser(base);
        subjectTeacher.signIn("teacher2", PASSWORD); // leads no class
        assertEquals(403, subjectTeacher.getBytes("school/reports/progress.xlsx?period=" + q1).statusCode());
        WebUser secretary = new WebUser(base);
        secretary.signIn("secretary", PASSWORD); // administrative reports, not the classes' progress
        assertEquals(403, secretary.getBytes("school/reports/progress.xlsx?period=" + q1).statusCode());
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        assertEquals(403, parent.getBytes("school/reports/progress.xlsx?period=" + q1).statusCode());

        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<String> bad = deputy.get("school/reports/progress.xlsx?period=abc");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Неверная ссылка на отчёт"), bad.body());
        assertEquals(400, deputy.get("school/reports/progress.xlsx?period=999999999").statusCode(), "no such period");
        HttpResponse<String> badPage = deputy.get("school/reports/progress.xhtml?period=1;drop");
        assertEquals(400, badPage.statusCode());
        assertTrue(badPage.body().contains("«period» (период)"), "the page names the parameter");
        String deputyPage = deputy.get("school/reports/progress.xhtml?period=" + q1).body();
        assertTrue(deputyPage.contains("Итоги успеваемости по школе за 1 четверть"));
        assertTrue(deputyPage.contains(">5Б<"), "the deputy's page has every class");
    }

    @Test
    void aWholeSchoolsSummaryReadsWithAFewStatementsWhateverItsSize() throws Exception {
        ActingCaller.actAs("zavuch");
        List<String> school = statements.start();
        ProgressSummary.SchoolProgress all = progressSummary.of(q1, null);
        int schoolCount = school.size();
        long class5a = all.classes().stream().filter(c -> c.name().equals("5А")).findFirst().orElseThrow().classId();
        List<String> one = statements.start();
        progressSummary.of(q1, class5a);
        int classCount = one.size();
        statements.stop();
        int students = all.classes().stream().mapToInt(c -> c.figures().onRoll()).sum();
        System.out.println("REPORT progress summary: " + all.classes().size() + " classes, " + students + " students: "
                + schoolCount + " statements; one class: " + classCount);
        assertTrue(all.classes().size() >= 10);
        assertTrue(schoolCount <= 12, schoolCount + " statements: " + school);
        // Figures for the README, not a timed assertion: the whole school's summary built 20 times in the EJB, and
        // downloaded as .xlsx and PDF 5 times each over HTTP.
        long[] ejb = new long[20];
        for (int i = 0; i < ejb.length; i++) {
            long t = System.nanoTime();
            progressSummary.of(q1, null);
            ejb[i] = (System.nanoTime() - t) / 1_000_000;
        }
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        long[] xlsx = new long[5];
        long[] pdf = new long[5];
        for (int i = 0; i < xlsx.length; i++) {
            long t = System.nanoTime();
            assertEquals(200, deputy.getBytes("school/reports/progress.xlsx?period=" + q1).statusCode());
            xlsx[i] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            assertEquals(200, deputy.getBytes("school/reports/progress.pdf?period=" + q1).statusCode());
            pdf[i] = (System.nanoTime() - t) / 1_000_000;
        }
        java.util.Arrays.sort(ejb);
        java.util.Arrays.sort(xlsx);
        java.util.Arrays.sort(pdf);
        System.out.println("REPORT progress summary timings: EJB p50 " + ejb[9] + " ms, p95 " + ejb[18] + " ms; .xlsx "
                + "over HTTP median " + xlsx[2] + " ms, max " + xlsx[4] + " ms; PDF median " + pdf[2] + " ms, max " + pdf[4] + " ms");
        assertTrue(schoolCount - classCount <= 1, "the whole school reads as one class does (but for last year's "
                + "period): " + schoolCount + " against " + classCount);
    }

    @Test
    void theJournalKeepingAnalysisCountsWhatTheJournalShows() throws Exception {
        long class5b = ServerSide.demoClass(5, "Б");
        long math5b = ServerSide.number("select cs.id from class_subject cs join subject s on s.id = cs.subject_id "
                + "where cs.class_id = " + class5b + " and s.name = 'математика'");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        java.time.LocalDate from = today.with(java.time.DayOfWeek.MONDAY).minusWeeks(2);
        java.time.LocalDate to = from.plusDays(6);
        String range = "l.class_subject_id = " + math5b + " and l.date between date '" + from + "' and date '" + to + "'";
        List<List<Object>> held = ServerSide.rows("select l.id, l.date from lesson l where " + range
                + " and not l.cancelled order by l.date, l.number");
        if (!held.isEmpty()) {
            // A topic written the next day at noon (after the 19:00 deadline) and a mark corrected afterwards.
            long lesson = ((Number) held.get(0).get(0)).longValue();
            ServerSide.execute("""
                    insert into journal_change (school_id, class_subject_id, lesson_id, field, old_value, new_value, changed_by, changed_at)
                    select cs.school_id, cs.id, %d, 'TOPIC', '', 'Тема', a.id, ((date '%s' + 1) + time '12:00') at time zone 'Europe/Moscow'
                    from class_subject cs, account a where cs.id = %d and a.login = 'admin'""".formatted(lesson, held.get(0).get(1), math5b));
            ServerSide.execute("""
                    insert into journal_change (school_id, class_subject_id, lesson_id, student_id, field, old_value, new_value, changed_by)
                    select cs.school_id, cs.id, %d, null, 'MARKS', '4', '5', a.id
                    from class_subject cs, account a where cs.id = %d and a.login = 'admin'""".formatted(lesson, math5b));
        }
        long planned = ServerSide.number("select count(*) from lesson l where " + range);
        long heldCount = ServerSide.number("select count(*) from lesson l where " + range + " and not l.cancelled"
                + " and l.date <= current_date");
        long noTopic = ServerSide.number("select count(*) from lesson l where " + range + " and not l.cancelled"
                + " and l.date <= current_date and coalesce(trim(l.topic), '') = ''");
        long marks = ServerSide.number("select count(*) from mark m join lesson l on l.id = m.lesson_id where " + range
                + " and l.date <= current_date");

        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/journal-keeping.xlsx?from=" + from + "&to=" + to);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Анализ");
            Row header = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "Учитель".equals(r.getCell(0).getStringCellValue())) {
                    header = r;
                }
            }
            assertNotNull(header);
            Row line = null;
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if ("5Б".equals(r.getCell(column(header, "Класс")).getStringCellValue())
                        && "математика".equals(r.getCell(column(header, "Предмет")).getStringCellValue())) {
                    line = r;
                }
            }
            assertNotNull(line, "5Б's mathematics");
            assertEquals(planned, (long) line.getCell(column(header, "Уроков по расписанию")).getNumericCellValue());
            assertEquals(heldCount, (long) line.getCell(column(header, "Проведено")).getNumericCellValue());
            assertEquals(noTopic, (long) line.getCell(column(header, "Без темы")).getNumericCellValue());
            assertEquals(marks, (long) line.getCell(column(header, "Отметок")).getNumericCellValue());
            if (!held.isEmpty()) {
                assertEquals(1, (long) line.getCell(column(header, "Тема записана после срока")).getNumericCellValue());
                assertEquals(1, (long) line.getCell(column(header, "Отметок исправлено")).getNumericCellValue());
            }
            assertEquals("Школа", sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue(), "the total");
        }
        assertEquals(200, deputy.getBytes("school/reports/journal-keeping.pdf?from=" + from + "&to=" + to).statusCode());
        String page = deputy.get("school/reports/journal-keeping.xhtml?from=" + from + "&to=" + to).body();
        assertTrue(page.contains("Анализ ведения журналов с "), "the page");
        HttpResponse<String> backwards = deputy.get("school/reports/journal-keeping.xlsx?from=" + to + "&to=" + from);
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body().contains("Проверьте даты отчёта"));

        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                teacher.getBytes("school/reports/journal-keeping.xlsx?from=" + from + "&to=" + to).body()))) {
            Sheet sheet = book.getSheet("Анализ");
            for (Row r : sheet) {
                Cell c = r.getCell(1);
                if (r.getRowNum() > 5 && c != null && !c.getStringCellValue().isEmpty()) {
                    assertEquals("5А", c.getStringCellValue(), "the class teacher's own class only");
                }
            }
        }
    }

    @Test
    void theAttendanceSummaryCountsLessonsAndWholeDaysMissedByReason() throws Exception {
        long class5b = ServerSide.demoClass(5, "Б");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        java.time.LocalDate from = today.minusMonths(1).withDayOfMonth(1);
        java.time.LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
        // A whole day missed for illness: every lesson of a student's day marked «Б».
        List<List<Object>> day = ServerSide.rows("""
                select m.student_id, l.date from lesson l join class_subject cs on cs.id = l.class_subject_id
                join class_membership m on m.class_id = cs.class_id and m.left_on is null
                where cs.class_id = %d and cs.group_no is null and l.date between date '%s' and date '%s' and not l.cancelled
                order by l.date, m.student_id limit 1""".formatted(class5b, from, to));
        if (!day.isEmpty()) {
            ServerSide.execute("""
                    insert into attendance (school_id, lesson_id, student_id, kind, reason)
                    select l.school_id, l.id, %1$s, 'ABSENT', 'ILLNESS' from lesson l join class_subject cs on cs.id = l.class_subject_id
                    where cs.class_id = %2$d and l.date = date '%3$s' and not l.cancelled
                      and (cs.group_no is null or exists (select 1 from subgroup_member g where g.class_subject_id = cs.id
                           and g.student_id = %1$s))
                    on conflict (lesson_id, student_id) do update set kind = 'ABSENT', reason = 'ILLNESS'"""
                    .formatted(day.get(0).get(0), class5b, day.get(0).get(1)));
        }
        List<Object> expected = ServerSide.rows("""
                with had as (
                    select m.student_id, l.id lesson_id, l.date from lesson l join class_subject cs on cs.id = l.class_subject_id
                    join class_membership m on m.class_id = cs.class_id and l.date >= m.enrolled_on
                         and (m.left_on is null or l.date <= m.left_on)
                    where cs.class_id = %d and l.date between date '%s' and date '%s' and not l.cancelled
                      and (cs.group_no is null or exists (select 1 from subgroup_member g where g.class_subject_id = cs.id
                           and g.student_id = m.student_id and g.from_on <= l.date and (g.to_on is null or g.to_on >= l.date)))),
                j as (select h.student_id, h.date, a.kind, a.reason from had h
                      left join attendance a on a.lesson_id = h.lesson_id and a.student_id = h.student_id),
                d as (select student_id, date, count(*) n, count(*) filter (where kind = 'ABSENT') a from j group by 1, 2)
                select (select count(*) from j where kind = 'ABSENT'),
                       (select count(*) from j where kind = 'ABSENT' and reason = 'ILLNESS'),
                       (select count(*) from d where a = n and a > 0),
                       (select count(*) from j where kind = 'LATE')""".formatted(class5b, from, to)).get(0);

        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/attendance.xlsx?from=" + from + "&to=" + to + "&atLeast=1");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Посещаемость");
            Row header = headerRow(sheet);
            Row line = null;
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                if ("5Б".equals(sheet.getRow(i).getCell(0).getStringCellValue())) {
                    line = sheet.getRow(i);
                }
            }
            assertNotNull(line);
            assertEquals(((Number) expected.get(0)).longValue(),
                    (long) line.getCell(column(header, "Пропущено уроков")).getNumericCellValue(), "lessons missed");
            assertEquals(((Number) expected.get(1)).longValue(),
                    (long) line.getCell(column(header, "По болезни")).getNumericCellValue(), "for illness");
            assertEquals(((Number) expected.get(2)).longValue(),
                    (long) line.getCell(column(header, "Пропущено дней")).getNumericCellValue(), "whole days");
            assertEquals(((Number) expected.get(3)).longValue(),
                    (long) line.getCell(column(header, "Опозданий")).getNumericCellValue(), "lateness");
            if (!day.isEmpty()) {
                assertTrue(line.getCell(column(header, "Пропущено дней")).getNumericCellValue() >= 1, "the day made here");
            }
            assertNotNull(book.getSheet("По месяцам"));
            Sheet list = book.getSheet("Пропустили 1 и больше");
            assertNotNull(list, "the list of those with at least N lessons missed");
        }
        assertEquals(200, deputy.getBytes("school/reports/attendance.pdf?from=" + from + "&to=" + to).statusCode());
        assertTrue(deputy.get("school/reports/attendance.xhtml?from=" + from + "&to=" + to).body()
                .contains("Сводка посещаемости с "));
        assertEquals(400, deputy.get("school/reports/attendance.xhtml?atLeast=много").statusCode());
    }

    @Test
    void theSummarySheetHoldsEveryPeriodMarkAsTheJournalDoes() throws Exception {
        long class5b = ServerSide.demoClass(5, "Б");
        List<Object> mark = ServerSide.rows("""
                select p.last_name, fm.value from final_mark fm join class_subject cs on cs.id = fm.class_subject_id
                join subject s on s.id = cs.subject_id join person p on p.id = fm.student_id
                where cs.class_id = %d and s.name = 'математика' and fm.kind = 'PERIOD' and fm.period_id = %d
                order by p.last_name, p.first_name, p.id limit 1""".formatted(class5b, q1)).get(0);
        long students = ServerSide.number("select count(distinct student_id) from class_membership where class_id = " + class5b);
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/summary-sheet.xlsx?class=" + class5b);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("1 четверть");
            assertNotNull(sheet, "a sheet per period");
            assertNotNull(book.getSheet("год"));
            Row header = null;
            for (Row r : sheet) {
                if (r.getCell(1) != null && "ФИО".equals(r.getCell(1).getStringCellValue())) {
                    header = r;
                }
            }
            assertNotNull(header);
            assertEquals(students, sheet.getLastRowNum() - header.getRowNum(), "a row for everyone who was in the class");
            int math = column(header, "математика");
            boolean found = false;
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r.getCell(1).getStringCellValue().startsWith(mark.get(0) + " ")) {
                    Cell c = r.getCell(math);
                    if (((String) mark.get(1)).matches("\\d+")) {
                        assertEquals(CellType.NUMERIC, c.getCellType(), "a mark is a number");
                        assertEquals(Long.parseLong((String) mark.get(1)), (long) c.getNumericCellValue());
                    } else {
                        assertEquals(mark.get(1), c.getStringCellValue());
                    }
                    found = true;
                    break;
                }
            }
            assertTrue(found, "the student with the mark");
        }
        assertEquals(200, deputy.getBytes("school/reports/summary-sheet.pdf?class=" + class5b).statusCode());
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        assertEquals(403, teacher.getBytes("school/reports/summary-sheet.xlsx?class=" + class5b).statusCode());
        assertEquals(200, teacher.getBytes("school/reports/summary-sheet.xlsx?class=" + ServerSide.demoClass(5, "А"))
                .statusCode(), "their own class");
        assertTrue(teacher.get("school/reports/summary-sheet.xhtml").body().contains("Сводная ведомость успеваемости 5А"));
    }

    @Test
    void teachingHoursCountTheLessonsGivenByWhoeverGaveThem() throws Exception {
        long class5b = ServerSide.demoClass(5, "Б");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        java.time.LocalDate from = today.minusMonths(1).withDayOfMonth(1);
        java.time.LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
        String range = "l.class_subject_id = (select cs.id from class_subject cs join subject s on s.id = cs.subject_id "
                + "where cs.class_id = " + class5b + " and s.name = 'математика') and l.date between date '" + from
                + "' and date '" + to + "'";
        long laidOut = ServerSide.number("select count(*) from lesson l where " + range);
        long given = ServerSide.number("select count(*) from lesson l where " + range
                + " and not l.cancelled and l.date <= current_date");
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/teaching-hours.xlsx?from=" + from + "&to=" + to);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Нагрузка");
            Row header = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "Учитель".equals(r.getCell(0).getStringCellValue())) {
                    header = r;
                }
            }
            assertNotNull(header);
            long sumLaidOut = 0;
            long sumGiven = 0;
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if ("5Б".equals(r.getCell(1).getStringCellValue()) && "математика".equals(r.getCell(2).getStringCellValue())) {
                    sumLaidOut += (long) r.getCell(column(header, "Уроков по расписанию")).getNumericCellValue();
                    sumGiven += (long) r.getCell(column(header, "Выдано")).getNumericCellValue();
                }
            }
            assertEquals(laidOut, sumLaidOut, "5Б's mathematics lessons of the month");
            assertEquals(given, sumGiven, "given, by whoever gave them");
        }
        assertTrue(deputy.get("school/reports/teaching-hours.xhtml").body().contains("Выполнение учебной нагрузки с "));
    }

    @Test
    void theSecretarysMovementReportAddsUpFromTheMovementBook() throws Exception {
        java.time.LocalDate to = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        java.time.LocalDate from = ((java.sql.Date) ServerSide.rows("""
                select y.starts_on from academic_year y join school s on s.id = y.school_id
                where s.code = 'demo' and y.current""").get(0).get(0)).toLocalDate();
        long atEnd = ServerSide.number("""
                select count(*) from class_membership m join school_class c on c.id = m.class_id
                join academic_year y on y.id = c.year_id join school s on s.id = c.school_id
                where s.code = 'demo' and y.current and m.enrolled_on <= date '%s'
                  and (m.left_on is null or m.left_on >= date '%s')""".formatted(to, to));
        long orders = ServerSide.number("""
                select count(*) from movement_order o join school s on s.id = o.school_id
                where s.code = 'demo' and o.date between date '%s' and date '%s'""".formatted(from, to));
        WebUser secretary = new WebUser(base);
        secretary.signIn("secretary", PASSWORD);
        HttpResponse<byte[]> xlsx = secretary.getBytes("school/reports/movement.xlsx?from=" + from + "&to=" + to);
        assertEquals(200, xlsx.statusCode(), "an administrative report: the secretary's");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Движение");
            Row header = headerRow(sheet);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Школа", total.getCell(0).getStringCellValue());
            assertEquals(atEnd, (long) total.getCell(column(header, "На конец")).getNumericCellValue());
            long start = (long) total.getCell(column(header, "На начало")).getNumericCellValue();
            long arrived = (long) total.getCell(column(header, "Прибыло")).getNumericCellValue();
            long left = (long) total.getCell(column(header, "Выбыло")).getNumericCellValue();
            assertEquals(atEnd, start + arrived - left, "at the start + arrived − left = at the end");
            Sheet list = book.getSheet("Приказы");
            Row listHeader = null;
            for (Row r : list) {
                if (r.getCell(0) != null && "Дата".equals(r.getCell(0).getStringCellValue())) {
                    listHeader = r;
                }
            }
            assertNotNull(listHeader);
            assertEquals(orders, list.getLastRowNum() - listHeader.getRowNum(), "every order of the dates");
        }
        assertTrue(secretary.get("school/reports/movement.xhtml").body().contains("Движение учащихся с "));
        assertEquals(403, secretary.getBytes("school/reports/progress.xlsx?period=" + q1).statusCode(),
                "but not the classes' marks");
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        assertEquals(403, teacher.getBytes("school/reports/movement.xlsx?from=" + from + "&to=" + to).statusCode());
    }

    @Test
    void theAuthoritySeesItsSchoolsSummariesOnly() throws Exception {
        String demoSchool = (String) ServerSide.rows("select short_name from school where code = 'demo'").get(0).get(0);
        long expectedN = expectedFigures().values().stream().mapToLong(e -> e[0]).sum();
        long otherAuthoritySchools = ServerSide.number("""
                select count(*) from school s where s.authority_id is distinct from
                (select authority_id from school where code = 'demo')""");
        WebUser authority = new WebUser(base);
        authority.signIn("authority", PASSWORD);
        HttpResponse<byte[]> xlsx = authority.getBytes("authority/progress.xlsx?period=QUARTER-1");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Школы");
            Row header = null;
            Row demo = null;
            int schools = 0;
            for (Row r : sheet) {
                String first = r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue();
                if (first.equals("Школа")) {
                    header = r;
                } else if (header != null && !first.equals("Все школы")) {
                    schools++;
                    if (first.equals(demoSchool)) {
                        demo = r;
                    }
                }
            }
            assertNotNull(demo, "the demo school");
            assertEquals(expectedN, (long) demo.getCell(column(header, "Учтено (N)")).getNumericCellValue(),
                    "the school's N as its deputy's report counts it");
            long sameAuthority = ServerSide.number("""
                    select count(*) from school s join academic_year y on y.school_id = s.id and y.current
                    join study_period p on p.year_id = y.id and p.kind = 'QUARTER' and p.number = 1
                    where s.authority_id = (select authority_id from school where code = 'demo')""");
            assertEquals(sameAuthority, schools, "its own schools, none of another authority (" + otherAuthoritySchools
                    + " there)");
        }
        assertTrue(authority.get("authority/progress.xhtml?period=QUARTER-1").body()
                .contains("Итоги успеваемости по школам за 1 четверть"));
        assertEquals(400, authority.get("authority/progress.xlsx?period=abc").statusCode());
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        assertEquals(403, deputy.getBytes("authority/progress.xlsx?period=QUARTER-1").statusCode(),
                "a school's deputy has no cross-school reports");
    }

    @Test
    void aParentPrintsTheirChildsPeriodReportWithTheGridsAverages() throws Exception {
        List<Object> child = ServerSide.rows("""
                select p.id, p.last_name from guardianship g join person p on p.id = g.child_id
                join class_membership m on m.student_id = p.id and m.left_on is null
                join school_class c on c.id = m.class_id and c.grade = 5 and c.letter = 'А'
                where g.parent_id = (select person_id from account where login = 'parent')""").get(0);
        long childId = ((Number) child.get(0)).longValue();
        List<Object> average = ServerSide.rows("""
                select round(sum(m.value * w.weight) / sum(w.weight), 2) from mark m join lesson l on l.id = m.lesson_id
                join work_type w on w.id = m.work_type_id join class_subject cs on cs.id = l.class_subject_id
                join subject s on s.id = cs.subject_id join study_period p on p.id = %d
                where m.student_id = %d and s.name = 'математика' and cs.class_id = %d
                  and l.date between p.starts_on and p.ends_on""".formatted(q1, childId, ServerSide.demoClass(5, "А"))).get(0);
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        assertTrue(parent.get("parent/children.xhtml").body().contains("Отчёт об успеваемости и посещаемости"));
        HttpResponse<byte[]> pdf = parent.getBytes("parent/student-report.pdf?child=" + childId + "&period=" + q1);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertTrue(text.contains((String) child.get(1)), "the child's name");
            String math = text.lines().filter(l -> l.startsWith("математика ")).findFirst().orElseThrow();
            if (average.get(0) != null) {
                String weighted = ((java.math.BigDecimal) average.get(0)).toPlainString().replace('.', ',');
                assertTrue(math.contains(weighted), "the weighted average " + weighted + " as the grid computes it: " + math);
            }
            assertTrue(text.contains("Пропущено уроков"));
        }
        long stranger = ServerSide.number("""
                select m.student_id from class_membership m where m.class_id = %d and m.left_on is null
                and m.student_id not in (select child_id from guardianship where parent_id =
                    (select person_id from account where login = 'parent')) order by m.student_id limit 1"""
                .formatted(ServerSide.demoClass(5, "Б")));
        assertEquals(403, parent.getBytes("parent/student-report.pdf?child=" + stranger + "&period=" + q1).statusCode(),
                "another family's child");
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        assertEquals(200, teacher.getBytes("school/reports/student.pdf?student=" + childId + "&period=" + q1).statusCode(),
                "the class teacher prints it");
        assertEquals(403, teacher.getBytes("school/reports/student.pdf?student=" + stranger + "&period=" + q1).statusCode());
    }

    @Test
    void theClassTeachersReportPutsTheClassFiguresNamesAbsencesAndTeachersTogether() throws Exception {
        long class5a = ServerSide.demoClass(5, "А");
        long[] expected = expectedFigures().get("5А");
        long missed = ServerSide.number("""
                select count(*) from attendance a join lesson l on l.id = a.lesson_id
                join class_subject cs on cs.id = l.class_subject_id join study_period p on p.id = %d
                where cs.class_id = %d and a.kind = 'ABSENT' and not l.cancelled and l.date between p.starts_on and p.ends_on
                  and exists (select 1 from class_membership m where m.class_id = cs.class_id and m.student_id = a.student_id
                              and l.date >= m.enrolled_on and (m.left_on is null or l.date <= m.left_on))"""
                .formatted(q1, class5a));
        String mathTeacher = (String) ServerSide.rows("""
                select p.last_name from class_subject cs join subject s on s.id = cs.subject_id join person p on p.id = cs.teacher_id
                where cs.class_id = %d and s.name = 'математика'""".formatted(class5a)).get(0).get(0);
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        HttpResponse<byte[]> xlsx = teacher.getBytes("school/reports/class-teacher.xlsx?period=" + q1 + "&class=" + class5a);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet report = book.getSheet("Отчёт");
            assertEquals("Отчёт классного руководителя 5А класса за 1 четверть", report.getRow(0).getCell(0).getStringCellValue());
            Map<String, Row> rows = new HashMap<>();
            for (Row r : report) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING) {
                    rows.putIfAbsent(r.getCell(0).getStringCellValue(), r);
                }
            }
            assertEquals(expected[0], (long) rows.get("Учтено (N)").getCell(1).getNumericCellValue());
            assertEquals(missed, (long) rows.get("Пропущено уроков").getCell(1).getNumericCellValue());
            long good = (long) rows.get("Хорошисты").getCell(1).getNumericCellValue();
            String names = rows.get("Хорошисты").getCell(2).getStringCellValue();
            assertEquals(good, names.isEmpty() ? 0 : names.split("; ").length, "a name for every хорошист");
            if (names.length() > 140) { // wraps in its 70-character column: the row is as tall as its text
                assertTrue(rows.get("Хорошисты").getHeightInPoints() >= 3 * 12.75f, "the names shown whole, not cut to a line");
            }
            assertTrue(report.getPrintSetup().getFitWidth() == 1 && report.getFitToPage(), "printed a page wide");
            // The demo leaves a few of 5А's music marks unset: each with what the journal shows behind it.
            Row notAssessed = rows.get("«н/а» и не выставленные: по журналу");
            long gaps = (long) notAssessed.getCell(1).getNumericCellValue();
            String why = notAssessed.getCell(2).getStringCellValue();
            assertTrue(gaps > 0 && why.contains("музыка: пропущено ") && why.contains(" уроков (по уважительной причине "),
                    gaps + ": " + why);
            assertEquals(gaps, why.split("; ").length, "a line for each");
            Sheet subjects = book.getSheet("По предметам");
            boolean found = false;
            for (Row r : subjects) {
                if (r.getCell(0) != null && "математика".equals(r.getCell(0).getStringCellValue())) {
                    assertTrue(r.getCell(1).getStringCellValue().startsWith(mathTeacher), "the subject's teacher");
                    found = true;
                }
            }
            assertTrue(found);
        }
        assertEquals(200, teacher.getBytes("school/reports/class-teacher.pdf?period=" + q1 + "&class=" + class5a).statusCode());
        assertEquals(403, teacher.getBytes("school/reports/class-teacher.xlsx?period=" + q1 + "&class="
                + ServerSide.demoClass(5, "Б")).statusCode(), "another class's");
    }

    @Test
    void generalDataOnStudentsCountsTheRollByGradeSexAndHealthGroup() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        long roll = ServerSide.number("""
                select count(*) from class_membership m join school_class c on c.id = m.class_id
                join academic_year y on y.id = c.year_id join school s on s.id = c.school_id
                where s.code = 'demo' and y.current and m.enrolled_on <= date '%s'
                  and (m.left_on is null or m.left_on >= date '%s')""".formatted(today, today));
        WebUser secretary = new WebUser(base);
        secretary.signIn("secretary", PASSWORD);
        HttpResponse<byte[]> xlsx = secretary.getBytes("school/reports/students.xlsx?to=" + today);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Сведения");
            Row header = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && "Параллель".equals(r.getCell(0).getStringCellValue())) {
                    header = r;
                }
            }
            assertNotNull(header);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Школа", total.getCell(0).getStringCellValue());
            long students = (long) total.getCell(column(header, "Учеников")).getNumericCellValue();
            assertEquals(roll, students);
            assertEquals(students, (long) (total.getCell(column(header, "Мальчиков")).getNumericCellValue()
                    + total.getCell(column(header, "Девочек")).getNumericCellValue()), "boys and girls add up");
            long health = 0;
            for (String g : List.of("I", "II", "III", "IV", "V")) {
                health += (long) total.getCell(column(header, g + " группа здоровья")).getNumericCellValue();
            }
            long noCard = (long) total.getCell(column(header, "Нет медицинской карты")).getNumericCellValue();
            assertTrue(health + noCard <= students, "no student counted twice");
        }
        assertTrue(secretary.get("school/reports/students.xhtml").body().contains("Общие сведения об обучающихся на "));
        WebUser teacher = new WebUser(base);
        teacher.signIn("teacher", PASSWORD);
        assertEquals(403, teacher.getBytes("school/reports/students.xlsx").statusCode());
    }

    @Test
    void theFinalMarksPerStudentGiveEveryClassASheetWithTheJournalsPeriodMarks() throws Exception {
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/final-marks.xlsx?period=" + q1);
        assertEquals(200, xlsx.statusCode());
        long classes = ServerSide.number("""
                select count(*) from school_class c join study_period p on p.year_id = c.year_id
                join grade_period_kind g on g.year_id = c.year_id and g.grade = c.grade and g.kind = p.kind
                where p.id = %d and c.grade > 1""".formatted(q1));
        // One student's mark of each subject, straight from the journal.
        List<Object> one = ServerSide.rows("""
                select c.grade || c.letter, p.last_name, s.name, fm.value from final_mark fm
                join class_subject cs on cs.id = fm.class_subject_id join school_class c on c.id = cs.class_id
                join subject s on s.id = cs.subject_id join person p on p.id = fm.student_id
                where fm.kind = 'PERIOD' and fm.period_id = %d and fm.value ~ '^[0-9]+$'
                order by c.grade, c.letter, p.last_name limit 1""".formatted(q1)).get(0);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(classes, book.getNumberOfSheets(), "a sheet for every class of the quarter");
            Sheet sheet = book.getSheet((String) one.get(0));
            assertNotNull(sheet, "the class's sheet");
            assertEquals("Итоговые отметки обучающихся за 1 четверть", sheet.getRow(0).getCell(0).getStringCellValue());
            Row header = null;
            for (Row r : sheet) {
                if (r.getCell(1) != null && "Ученик".equals(r.getCell(1).getStringCellValue())) {
                    header = r;
                }
            }
            assertNotNull(header);
            int subject = column(header, (String) one.get(2));
            Row line = null;
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(1).getStringCellValue().startsWith(one.get(1) + " ")) {
                    line = sheet.getRow(i);
                    break;
                }
            }
            assertNotNull(line, "the student's line");
            assertEquals(CellType.NUMERIC, line.getCell(subject).getCellType(), "a mark is a number");
            assertEquals(Long.parseLong((String) one.get(3)), (long) line.getCell(subject).getNumericCellValue());
            assertFalse(line.getCell(column(header, "Итог")).getStringCellValue().isBlank(), "the standing");
        }
        assertEquals(200, deputy.getBytes("school/reports/final-marks.pdf?period=" + q1).statusCode());
        assertTrue(deputy.get("school/reports/final-marks.xhtml?period=" + q1).body()
                .contains("Итоговые отметки обучающихся за 1 четверть"));
        WebUser parent = new WebUser(base);
        parent.signIn("parent", PASSWORD);
        assertEquals(403, parent.getBytes("school/reports/final-marks.xlsx?period=" + q1).statusCode());
    }

    @Test
    void oneClasssAttendanceByMonthIsAStudentByDayGridThatAddsUp() throws Exception {
        long class5b = ServerSide.demoClass(5, "Б");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        java.time.LocalDate from = today.minusMonths(1).withDayOfMonth(1);
        java.time.LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
        List<List<Object>> missed = ServerSide.rows("""
                select p.last_name, p.first_name, l.date, count(*) from attendance a join lesson l on l.id = a.lesson_id
                join class_subject cs on cs.id = l.class_subject_id join person p on p.id = a.student_id
                where cs.class_id = %d and a.kind = 'ABSENT' and not l.cancelled and l.date between date '%s' and date '%s'
                group by 1, 2, 3 order by 4 desc, 1, 2, 3 limit 1""".formatted(class5b, from, to));
        long schoolDays = ServerSide.number("""
                select count(distinct l.date) from lesson l join class_subject cs on cs.id = l.class_subject_id
                where cs.class_id = %d and not l.cancelled and l.date between date '%s' and date '%s'"""
                .formatted(class5b, from, to));
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/attendance.xlsx?from=" + from + "&to=" + to
                + "&class=" + class5b);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet grid = book.getSheet("По дням, 5Б");
            assertNotNull(grid, "the class's day grid");
            Row header = null;
            for (Row r : grid) {
                if (r.getCell(1) != null && "Ученик".equals(r.getCell(1).getStringCellValue())) {
                    header = r;
                }
            }
            assertNotNull(header);
            int all = column(header, "Всего");
            assertEquals(schoolDays, all - 2, "a column for each day the class had lessons");
            for (int i = header.getRowNum() + 1; i <= grid.getLastRowNum(); i++) {
                Row r = grid.getRow(i);
                long sum = 0;
                for (int d = 2; d < all; d++) {
                    Cell c = r.getCell(d);
                    sum += c != null && c.getCellType() == CellType.NUMERIC ? (long) c.getNumericCellValue() : 0;
                }
                assertEquals((long) r.getCell(all).getNumericCellValue(), sum, "the days add up for " + r.getCell(1));
            }
            if (!missed.isEmpty()) {
                String day = java.time.format.DateTimeFormatter.ofPattern("dd.MM").format(
                        java.time.LocalDate.parse(missed.get(0).get(2).toString()));
                String who = missed.get(0).get(0) + " " + missed.get(0).get(1);
                Row line = null;
                for (int i = header.getRowNum() + 1; i <= grid.getLastRowNum(); i++) {
                    if (grid.getRow(i).getCell(1).getStringCellValue().startsWith(who)) {
                        line = grid.getRow(i);
                    }
                }
                assertNotNull(line, who);
                assertEquals(((Number) missed.get(0).get(3)).longValue(),
                        (long) line.getCell(column(header, day)).getNumericCellValue(), who + " on " + day);
            }
        }
        HttpResponse<byte[]> school = deputy.getBytes("school/reports/attendance.xlsx?from=" + from + "&to=" + to);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(school.body()))) {
            assertNull(book.getSheet("По дням, 5Б"), "no day grid for the whole school");
        }
    }

    @Test
    void classOccupancyCountsEachClassAgainstTheSchoolsLimit() throws Exception {
        long class5a = ServerSide.demoClass(5, "А");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        long roll = ServerSide.number("""
                select count(*) from class_membership m where m.class_id = %d and m.enrolled_on <= date '%s'
                  and (m.left_on is null or m.left_on >= date '%s')""".formatted(class5a, today, today));
        long limit = ServerSide.number("select class_capacity from school where code = 'demo'");
        WebUser secretary = new WebUser(base);
        secretary.signIn("secretary", PASSWORD);
        HttpResponse<byte[]> xlsx = secretary.getBytes("school/reports/students.xlsx?to=" + today);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("Наполняемость");
            assertNotNull(sheet, "the occupancy sheet");
            Row header = headerRow(sheet);
            Row line = null;
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                if ("5А".equals(sheet.getRow(i).getCell(0).getStringCellValue())) {
                    line = sheet.getRow(i);
                }
            }
            assertNotNull(line);
            assertEquals(roll, (long) line.getCell(column(header, "Учеников")).getNumericCellValue());
            assertEquals(Math.max(0, limit - roll), (long) line.getCell(column(header, "Свободных мест")).getNumericCellValue());
            assertEquals(Math.max(0, roll - limit), (long) line.getCell(column(header, "Сверх нормы")).getNumericCellValue());
            assertEquals(roll / (double) limit, line.getCell(column(header, "Наполняемость, %")).getNumericCellValue(), 0.001);
        }
    }

    @Test
    void souIsShownUnlessTheSchoolTurnsItOff() throws Exception {
        WebUser deputy = new WebUser(base);
        deputy.signIn("zavuch", PASSWORD);
        try {
            for (boolean shown : new boolean[]{true, false}) {
                ServerSide.execute("update school set shows_sou = " + shown + " where code = 'demo'");
                HttpResponse<byte[]> xlsx = deputy.getBytes("school/reports/progress.xlsx?period=" + q1);
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                    Row header = headerRow(book.getSheet("Итоги"));
                    boolean found = false;
                    for (var c : header) {
                        found |= "СОУ, %".equals(c.getStringCellValue());
                    }
                    assertEquals(shown, found, "СОУ in the summary when the school shows it: " + shown);
                }
                assertEquals(shown, deputy.get("school/reports/progress.xhtml?period=" + q1).body().contains("СОУ, %"),
                        "and on the page");
            }
        } finally {
            ServerSide.execute("update school set shows_sou = true where code = 'demo'");
        }
    }
}
