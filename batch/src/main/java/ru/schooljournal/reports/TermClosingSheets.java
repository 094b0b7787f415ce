package ru.schooljournal.reports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.schooljournal.reports.boundary.MyReports;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.ProgressSummary.SchoolProgress;
import ru.schooljournal.reports.print.ProgressSummaryReport;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.reports.print.ReportXlsx;

/**
 * The closed period's summary sheets — «Итоги успеваемости» of the closed classes as .xlsx and PDF — into
 * «Мои отчёты» of the one who started the job; stored once per job instance (a restart adds no copy).
 */
@Dependent
@Named("termClosingSheets")
public class TermClosingSheets extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String schoolId;

    @Inject
    @BatchProperty
    String periodId;

    @Inject
    @BatchProperty
    String classIds;

    @Inject
    @BatchProperty
    String accountId;

    @Inject
    @BatchProperty
    String wholeSchool;

    @Inject
    JobContext job;

    @EJB
    ProgressSummary summary;

    @EJB
    MyReports myReports;

    @Override
    public String process() throws IOException {
        long started = System.nanoTime();
        Set<Long> classes = Arrays.stream(classIds.split(",")).filter(s -> !s.isBlank())
                .map(s -> Long.valueOf(s.trim())).collect(Collectors.toSet());
        SchoolProgress progress = summary.ofClosing(Long.parseLong(periodId), classes, Boolean.parseBoolean(wholeSchool));
        List<ReportTable> tables = ProgressSummaryReport.tables(progress);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportXlsx.write(tables, xlsx);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportPdf.write(tables, pdf);
        int ms = (int) ((System.nanoTime() - started) / 1_000_000);
        String title = "Закрытие периода: " + ProgressSummaryReport.title(progress);
        String parameters = progress.period() + ", классов: " + progress.classes().size();
        long instance = job.getInstanceId();
        long school = Long.parseLong(schoolId);
        long account = Long.parseLong(accountId);
        myReports.store(school, account, title, parameters, ProgressSummaryReport.fileName(progress, "xlsx"),
                ReportXlsx.CONTENT_TYPE, xlsx.toByteArray(), ms, instance);
        myReports.store(school, account, title, parameters, ProgressSummaryReport.fileName(progress, "pdf"),
                "application/pdf", pdf.toByteArray(), ms, instance);
        String exit = "Закрыто классов: " + progress.classes().size() + "; итоги — в «Мои отчёты»";
        job.setExitStatus(exit);
        return exit;
    }
}
