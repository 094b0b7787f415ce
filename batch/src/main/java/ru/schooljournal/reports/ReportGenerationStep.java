package ru.schooljournal.reports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.reports.ReportCatalog.Built;
import ru.schooljournal.reports.boundary.MyReports;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.reports.print.ReportXlsx;

/** The report-generation job's step: builds the report as its owner and stores it in «Мои отчёты». */
@Dependent
@Named("reportGenerationStep")
public class ReportGenerationStep extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    ReportCatalog catalog;

    @EJB
    MyReports myReports;

    @Override
    @ActivateRequestContext // the report EJBs ask who is asking: here, the job's owner
    public String process() throws IOException {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        long account = Long.parseLong(p.getProperty("accountId"));
        currentCaller.actFor(account);
        long started = System.nanoTime();
        Built built = catalog.build(p.getProperty("report"), ReportCatalog.Filter.of(p));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportXlsx.write(built.tables(), xlsx);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportPdf.write(built.tables(), pdf);
        int ms = (int) ((System.nanoTime() - started) / 1_000_000);
        long school = Long.parseLong(p.getProperty("schoolId"));
        myReports.store(school, account, built.title(), built.parameters(), built.fileName("xlsx"),
                ReportXlsx.CONTENT_TYPE, xlsx.toByteArray(), ms, job.getInstanceId());
        myReports.store(school, account, built.title(), built.parameters(), built.fileName("pdf"), "application/pdf",
                pdf.toByteArray(), ms, job.getInstanceId());
        String exit = "Построен: " + built.title();
        job.setExitStatus(exit);
        return exit;
    }
}
