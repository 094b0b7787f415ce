package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.ReportCatalog;
import ru.schooljournal.reports.ReportCatalog.Built;
import ru.schooljournal.reports.boundary.MyReports;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.reports.print.ReportXlsx;
import ru.schooljournal.web.platform.Downloads;
import ru.schooljournal.web.platform.PageAddress;

/**
 * The reports as downloads: {@code GET /school/reports/<report>.xlsx} or {@code .pdf} with the report's filter in
 * the address ({@code period}, {@code class}, {@code from}, {@code to}, {@code atLeast} — see {@link ReportCatalog}),
 * and {@code GET /school/reports/file?id=ID}, a file of «Мои отчёты». Who may have which is the EJBs' to decide:
 * a refusal is 403, a malformed address 400, each with a Russian reason.
 */
@WebServlet({"/school/reports/progress.xlsx", "/school/reports/progress.pdf", "/school/reports/journal-keeping.xlsx",
        "/school/reports/journal-keeping.pdf", "/school/reports/attendance.xlsx", "/school/reports/attendance.pdf",
        "/school/reports/summary-sheet.xlsx", "/school/reports/summary-sheet.pdf", "/school/reports/teaching-hours.xlsx",
        "/school/reports/teaching-hours.pdf", "/school/reports/movement.xlsx", "/school/reports/movement.pdf",
        "/school/reports/class-teacher.xlsx", "/school/reports/class-teacher.pdf",
        "/school/reports/students.xlsx", "/school/reports/students.pdf", "/school/reports/final-marks.xlsx",
        "/school/reports/final-marks.pdf", "/school/reports/activity.xlsx", "/school/reports/activity.pdf",
        "/school/reports/file"})
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportCatalog catalog;

    @EJB
    MyReports myReports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        try {
            if (path.endsWith("/file")) {
                Long id = PageAddress.number(request.getParameter("id"));
                if (id == null) {
                    throw new RuleViolation("reports.badAddress");
                }
                MyReports.File file = myReports.file(id);
                Downloads.attachment(response, file.fileName(), file.contentType());
                response.getOutputStream().write(file.content());
                return;
            }
            String name = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
            String extension = path.substring(path.lastIndexOf('.') + 1);
            Built built = catalog.build(name, ReportFilters.of(request::getParameter));
            Downloads.attachment(response, built.fileName(extension),
                    extension.equals("pdf") ? "application/pdf" : ReportXlsx.CONTENT_TYPE);
            if (extension.equals("pdf")) {
                ReportPdf.write(built.tables(), response.getOutputStream());
            } else {
                ReportXlsx.write(built.tables(), response.getOutputStream());
            }
        } catch (RuntimeException e) {
            if (!Downloads.refused(e, request, response)) {
                throw e;
            }
        }
    }

}
