package ru.schooljournal.web.diary;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.diary.boundary.Diary;
import ru.schooljournal.diary.boundary.Diary.DiaryWeek;
import ru.schooljournal.diary.boundary.DiaryMarks;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.print.DiaryWeekPrintout;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.roster.boundary.Family;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.Dates;
import ru.schooljournal.web.platform.Downloads;
import ru.schooljournal.web.platform.PageAddress;
import ru.schooljournal.web.access.SessionUser;

/**
 * The diary's weekly printout as a PDF (SPEC §6): {@code /student/diary-week.pdf?week=YYYY-MM-DD} (their own),
 * {@code /parent/diary-week.pdf?child=ID&week=…} (a child of theirs; the first without {@code child}), and the
 * class set for the class teacher's Friday printing, a page per student: {@code /school/reports/diary-week.pdf?
 * class=ID&week=…}. Whose is {@link Diary}'s and {@link DiaryMarks}'s to decide.
 */
@WebServlet({"/student/diary-week.pdf", "/parent/diary-week.pdf", "/school/reports/diary-week.pdf"})
public class DiaryPrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Diary diary;

    @EJB
    DiaryMarks diaryMarks;

    @EJB
    Family family;

    @EJB
    Timetable timetable;

    @Inject
    SessionUser sessionUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            LocalDate day = Dates.fromAddress(request.getParameter("week"), timetable.today());
            String path = request.getServletPath();
            String school = sessionUser.getMe().school();
            if (path.startsWith("/school/")) {
                Long classId = PageAddress.number(request.getParameter("class"));
                if (classId == null) {
                    throw new RuleViolation("reports.badAddress");
                }
                DiaryMarks.ClassPeriod period = diaryMarks.classOn(classId, day);
                List<DiaryWeek> weeks = diary.classSet(classId, day);
                Downloads.attachment(response, DiaryWeekPrintout.classFileName(weeks.get(0).className(), weeks.get(0)),
                        "application/pdf");
                ReportPdf.write(DiaryWeekPrintout.classSet(school, weeks, period.period().name(), period.students()),
                        response.getOutputStream());
                return;
            }
            long student;
            if (path.startsWith("/student/")) {
                student = diary.myStudentId();
            } else {
                Long child = PageAddress.number(request.getParameter("child"));
                if (child == null) {
                    List<Family.Child> children = family.myChildren();
                    if (children.isEmpty()) {
                        throw new RuleViolation("reports.badAddress");
                    }
                    child = children.get(0).personId();
                }
                student = child;
            }
            DiaryWeek week = diary.week(student, day);
            DiaryMarks.StudentPeriod period = week.className() == null ? null : diaryMarks.periodOn(student, week.monday());
            Downloads.attachment(response, DiaryWeekPrintout.fileName(week), "application/pdf");
            ReportPdf.write(DiaryWeekPrintout.tables(school, week, period == null ? "" : period.period().name(),
                    period == null ? null : period.subjects()), response.getOutputStream());
        } catch (RuntimeException e) {
            if (!Downloads.refused(e, request, response)) {
                throw e;
            }
        }
    }
}
