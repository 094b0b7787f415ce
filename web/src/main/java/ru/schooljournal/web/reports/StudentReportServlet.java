package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.schooljournal.diary.boundary.Diary;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.boundary.StudentReport;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.reports.print.StudentReportTables;
import ru.schooljournal.web.platform.Downloads;
import ru.schooljournal.web.platform.PageAddress;

/**
 * A student's progress and attendance for a period as a PDF for the parents: {@code /parent/student-report.pdf?
 * child=ID&period=ID}, {@code /student/student-report.pdf?period=ID} (their own), and for the class teacher or the
 * deputy {@code /school/reports/student.pdf?student=ID&period=ID}. Who may have it is {@link StudentReport}'s.
 */
@WebServlet({"/parent/student-report.pdf", "/student/student-report.pdf", "/school/reports/student.pdf"})
public class StudentReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    StudentReport reports;

    @EJB
    Diary diary;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Long period = PageAddress.number(request.getParameter("period"));
            Long student = request.getServletPath().startsWith("/student/") ? Long.valueOf(diary.myStudentId())
                    : PageAddress.number(request.getParameter(request.getServletPath().startsWith("/parent/") ? "child" : "student"));
            if (period == null || student == null) {
                throw new RuleViolation("reports.badAddress");
            }
            StudentReport.Report report = reports.of(student, period);
            Downloads.attachment(response, StudentReportTables.baseName(report) + ".pdf", "application/pdf");
            ReportPdf.write(StudentReportTables.tables(report), response.getOutputStream());
        } catch (RuntimeException e) {
            if (!Downloads.refused(e, request, response)) {
                throw e;
            }
        }
    }
}
