package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.print.AuthorityProgressReport;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.reports.print.ReportXlsx;
import ru.schooljournal.web.platform.Downloads;
import ru.schooljournal.web.platform.PageAddress;

/** {@code GET /authority/progress.xlsx?period=QUARTER-1} (and .pdf): the authority's summary by school. */
@WebServlet({"/authority/progress.xlsx", "/authority/progress.pdf"})
public class AuthorityReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ProgressSummary summary;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String period = request.getParameter("period");
        if (!AuthorityProgressPage.known(period)) {
            request.setAttribute(PageAddress.MESSAGE, "Неверная ссылка на отчёт: период указывается как QUARTER-1, HALF-2 "
                    + "и т. п. (выберите его на странице отчёта).");
            response.sendError(400);
            return;
        }
        ProgressSummary.AcrossSchools across;
        try {
            across = AuthorityProgressPage.of(summary, period);
        } catch (RuntimeException e) {
            if (Downloads.refused(e, request, response)) { // 403 or 400 with the reason in Russian
                return;
            }
            throw e;
        }
        boolean pdf = request.getServletPath().endsWith(".pdf");
        List<ReportTable> tables = AuthorityProgressReport.tables(across);
        Downloads.attachment(response, AuthorityProgressReport.baseName(across) + (pdf ? ".pdf" : ".xlsx"),
                pdf ? "application/pdf" : ReportXlsx.CONTENT_TYPE);
        if (pdf) {
            ReportPdf.write(tables, response.getOutputStream());
        } else {
            ReportXlsx.write(tables, response.getOutputStream());
        }
    }
}
