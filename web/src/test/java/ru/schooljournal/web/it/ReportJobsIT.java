package ru.schooljournal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.demo.DemoSchoolOnStartup;
import ru.schooljournal.reports.ReportCatalog.Filter;
import ru.schooljournal.reports.ReportJobs;
import ru.schooljournal.reports.ReportSchedules;
import ru.schooljournal.reports.boundary.MyReports;

/**
 * Reports built in the background and on a schedule (SPEC §9 «report generation»): the report-generation job
 * builds a report as the one who asked and stores it in «Мои отчёты»; a due schedule is run once (a second
 * tick, or another node, finds it claimed); nobody builds in the background what they may not build here.
 */
@ExtendWith(ArquillianExtension.class)
class ReportJobsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.journal().addClasses(Deployments.class, ServerSide.class, ActingCaller.class);
    }

    @EJB
    DemoSchoolOnStartup demo;

    @EJB
    ReportJobs jobs;

    @EJB
    ReportSchedules schedules;

    @EJB
    MyReports myReports;

    @BeforeEach
    void demoSchool() throws Exception {
        ServerSide.awaitDemoSchool(demo);
    }

    @AfterEach
    void nobody() throws Exception {
        ActingCaller.stop();
        ServerSide.execute("delete from report_schedule");
    }

    @Test
    void aReportBuiltInTheBackgroundLandsInMyReports() throws Exception {
        ActingCaller.actAs("zavuch");
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Moscow")).with(DayOfWeek.MONDAY).minusWeeks(1);
        long execution = jobs.start("journal-keeping", new Filter(null, null, monday, monday.plusDays(6), null));
        assertEquals(BatchStatus.COMPLETED, ServerSide.awaitJob(execution), jobs.run(execution).exitStatus());
        assertTrue(jobs.run(execution).exitStatus().startsWith("Построен: Анализ ведения журналов"));
        MyReports.Entry file = myReports.mine().stream()
                .filter(e -> e.title().startsWith("Анализ ведения журналов") && e.fileName().endsWith(".xlsx"))
                .findFirst().orElseThrow();
        assertTrue(file.sizeBytes() > 0 && file.startedBy().equals("zavuch"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(myReports.file(file.id()).content()))) {
            assertTrue(book.getSheet("Анализ").getRow(0).getCell(0).getStringCellValue().startsWith("Анализ ведения журналов"));
        }
        assertTrue(jobs.runs().stream().anyMatch(r -> r.execution() == execution));

        ActingCaller.actAs("teacher"); // 5А's class teacher
        long class5b = ServerSide.demoClass(5, "Б");
        assertThrows(AccessDenied.class, () -> jobs.start("summary-sheet", new Filter(null, class5b, null, null, null)),
                "not in the background either");
        assertThrows(AccessDenied.class, () -> myReports.file(file.id()), "the deputy's file is not the teacher's");
    }

    @Test
    void aDueScheduleRunsOnceAsItsOwner() throws Exception {
        ActingCaller.actAs("zavuch");
        long id = schedules.add("attendance", null, null, LocalTime.MIDNIGHT); // every day from 00:00
        assertEquals(1, schedules.mine().size());
        List<Long> started = schedules.runDue(Instant.now());
        assertEquals(1, started.size(), "due: run now");
        assertEquals(BatchStatus.COMPLETED, ServerSide.awaitJob(started.get(0)));
        assertEquals(List.of(), schedules.runDue(Instant.now()), "claimed: not run twice the same day");
        assertTrue(myReports.mine().stream().anyMatch(e -> e.title().startsWith("Сводка посещаемости")
                && e.fileName().endsWith(".pdf")), "the month before, in «Мои отчёты»");
        schedules.remove(id);
        assertEquals(0, schedules.mine().size());

        ActingCaller.actAs("teacher2"); // leads no class: no reports to schedule
        assertThrows(AccessDenied.class, () -> schedules.add("attendance", null, 1, LocalTime.of(7, 0)));
    }
}
