package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.boundary.AttendanceSummary;
import ru.schooljournal.reports.boundary.JournalKeeping;
import ru.schooljournal.reports.boundary.MyReports;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.SummarySheet;
import ru.schooljournal.reports.print.AttendanceReport;
import ru.schooljournal.reports.print.JournalKeepingReport;
import ru.schooljournal.reports.print.ProgressSummaryReport;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.reports.print.ReportXlsx;
import ru.schooljournal.reports.print.SummarySheetReport;
import ru.schooljournal.reports.boundary.ProgressSummary.SchoolProgress;
import ru.schooljournal.web.platform.Dates;
import ru.schooljournal.web.platform.JournalExceptionHandler;
import ru.schooljournal.web.platform.PageAddress;
import ru.schooljournal.web.platform.Texts;
import ru.schooljournal.web.platform.UiLocale;

/**
 * {@code GET /school/reports/progress.xlsx?period=ID[&class=ID]} and {@code …/progress.pdf}: «Итоги
 * успеваемости» as a download; {@code …/journal-keeping.xlsx?from=…&to=…[&class=ID]} (and .pdf): «Анализ
 * ведения журналов»; {@code …/attendance.xlsx?from=…&to=…[&class=ID][&atLeast=N]} (and .pdf): the attendance
 * summary; {@code …/summary-sheet.xlsx?class=ID} (and .pdf): «Сводная ведомость успеваемости»;
 * {@code GET /school/reports/file?id=ID}: a file of «Мои отчёты». Who may have which is {@link ProgressSummary}'s to decide: a refusal is 403, a
 * malformed address 400, each with a Russian reason.
 */
@WebServlet({"/school/reports/progress.xlsx", "/school/reports/progress.pdf", "/school/reports/journal-keeping.xlsx",
        "/school/reports/journal-keeping.pdf", "/school/reports/attendance.xlsx", "/school/reports/attendance.pdf",
        "/school/reports/summary-sheet.xlsx", "/school/reports/summary-sheet.pdf", "/school/reports/file"})
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReportDownloadServlet.class.getName());

    @EJB
    ProgressSummary progressSummary;

    @EJB
    MyReports myReports;

    @EJB
    JournalKeeping journalKeeping;

    @EJB
    AttendanceSummary attendance;

    @EJB
    SummarySheet summarySheets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/file")) {
            Long id = number(request.getParameter("id"));
            if (id == null) {
                refuse(request, response, 400, text("reports.badAddress"));
                return;
            }
            MyReports.File file;
            try {
                file = myReports.file(id);
            } catch (RuntimeException e) {
                if (!refused(e, request, response)) {
                    throw e;
                }
                return;
            }
            send(response, file.fileName(), file.contentType());
            response.getOutputStream().write(file.content());
            return;
        }
        String classParam = request.getParameter("class");
        Long schoolClass = classParam == null || classParam.isBlank() ? null : number(classParam);
        if (schoolClass == null && classParam != null && !classParam.isBlank()) {
            refuse(request, response, 400, text("reports.badAddress"));
            return;
        }
        boolean keepingReport = request.getServletPath().contains("/journal-keeping.");
        boolean attendanceReport = request.getServletPath().contains("/attendance.");
        List<ReportTable> tables;
        String file;
        String extension = request.getServletPath().endsWith(".pdf") ? "pdf" : "xlsx";
        try {
            LocalDate from = Dates.fromAddress(request.getParameter("from"), null);
            LocalDate to = Dates.fromAddress(request.getParameter("to"), null);
            if (request.getServletPath().contains("/summary-sheet.")) {
                if (schoolClass == null) {
                    refuse(request, response, 400, text("reports.badAddress"));
                    return;
                }
                SummarySheet.Sheet sheet = summarySheets.of(schoolClass);
                tables = SummarySheetReport.tables(sheet);
                file = SummarySheetReport.fileName(sheet, extension);
            } else if (keepingReport) {
                JournalKeeping.Analysis analysis = journalKeeping.of(from, to, schoolClass);
                tables = JournalKeepingReport.tables(analysis);
                file = JournalKeepingReport.fileName(analysis, extension);
            } else if (attendanceReport) {
                Long atLeast = number(request.getParameter("atLeast"));
                AttendanceSummary.Summary summary = attendance.of(from, to, schoolClass, atLeast == null
                        ? DatesReportPage.ATTENDANCE_AT_LEAST : (int) Math.max(1, Math.min(1000, atLeast)));
                tables = AttendanceReport.tables(summary);
                file = AttendanceReport.fileName(summary, extension);
            } else {
                Long period = number(request.getParameter("period"));
                if (period == null) {
                    refuse(request, response, 400, text("reports.badAddress"));
                    return;
                }
                SchoolProgress progress = progressSummary.of(period, schoolClass);
                tables = ProgressSummaryReport.tables(progress);
                file = ProgressSummaryReport.fileName(progress, extension);
            }
        } catch (RuntimeException e) {
            if (!refused(e, request, response)) {
                throw e;
            }
            return;
        }
        boolean pdf = extension.equals("pdf");
        send(response, file, pdf ? "application/pdf" : ReportXlsx.CONTENT_TYPE);
        if (pdf) {
            ReportPdf.write(tables, response.getOutputStream());
        } else {
            ReportXlsx.write(tables, response.getOutputStream());
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
            refuse(request, response, 400, text(rule.messageKey()));
            return true;
        }
        return false;
    }

    /** The error page shows the reason as it is (a sendError message would be escaped once more). */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        request.setAttribute(PageAddress.MESSAGE, reason);
        response.sendError(status);
    }

    private static Long number(String s) {
        try {
            return s == null ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, UiLocale.DEFAULT);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
