package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.ReportCatalog;
import ru.schooljournal.reports.ReportCatalog.Built;
import ru.schooljournal.reports.boundary.MyReports;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.reports.print.ReportXlsx;
import ru.schooljournal.web.platform.JournalExceptionHandler;
import ru.schooljournal.web.platform.PageAddress;
import ru.schooljournal.web.platform.Texts;
import ru.schooljournal.web.platform.UiLocale;

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
        "/school/reports/final-marks.pdf", "/school/reports/file"})
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReportDownloadServlet.class.getName());

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
                send(response, file.fileName(), file.contentType());
                response.getOutputStream().write(file.content());
                return;
            }
            String name = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
            String extension = path.substring(path.lastIndexOf('.') + 1);
            Built built = catalog.build(name, ReportFilters.of(request::getParameter));
            send(response, built.fileName(extension), extension.equals("pdf") ? "application/pdf" : ReportXlsx.CONTENT_TYPE);
            if (extension.equals("pdf")) {
                ReportPdf.write(built.tables(), response.getOutputStream());
            } else {
                ReportXlsx.write(built.tables(), response.getOutputStream());
            }
        } catch (RuntimeException e) {
            if (!refused(e, request, response)) {
                throw e;
            }
        }
    }


    private static void send(HttpServletResponse response, String file, String contentType) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** A refusal of the business layer as 403 or 400 with its reason; false for anything else (a failure). */
    private static boolean refused(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String denied = JournalExceptionHandler.deniedKey(e);
        RuleViolation rule = JournalExceptionHandler.ruleViolation(e);
        if (denied != null) {
            LOG.info(() -> "Report refused: " + request.getRemoteUser() + " " + request.getServletPath() + "?"
                    + request.getQueryString());
            request.setAttribute(JournalExceptionHandler.DENIED_MESSAGE, text(denied));
            response.sendError(403);
            return true;
        }
        if (rule != null) {
            // The error page shows the reason as it is (a sendError message would be escaped once more).
            request.setAttribute(PageAddress.MESSAGE, text(rule.messageKey(), rule.args()));
            response.sendError(400);
            return true;
        }
        return false;
    }

    private static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, UiLocale.DEFAULT);
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? text : new java.text.MessageFormat(text, UiLocale.DEFAULT).format(args);
    }
}
