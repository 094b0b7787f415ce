package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.schooljournal.reports.boundary.AttendanceSummary;
import ru.schooljournal.reports.boundary.JournalKeeping;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassChoice;
import ru.schooljournal.reports.print.AttendanceReport;
import ru.schooljournal.reports.print.JournalKeepingReport;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.Dates;
import ru.schooljournal.web.platform.PageAddress;

/**
 * The reports for a stretch of dates on screen — «Анализ ведения журналов»
 * ({@code /school/reports/journal-keeping.xhtml?from=…&to=…[&class=…]}, last week by default) and the attendance
 * summary ({@code /school/reports/attendance.xhtml?…[&atLeast=N]}, this month so far by default) — with the
 * previous week and the whole month at hand, and the same tables the .xlsx and the PDF hold.
 */
@Named
@RequestScoped
public class DatesReportPage {

    @EJB
    JournalKeeping keeping;

    @EJB
    AttendanceSummary attendance;

    @EJB
    ProgressSummary summary;

    @EJB
    Timetable timetable;

    @Inject
    PageAddress pageAddress;

    private List<ClassChoice> classes = List.of();
    private LocalDate from;
    private LocalDate to;
    private Long schoolClass;
    private int atLeast = ATTENDANCE_AT_LEAST;
    private String report;
    private String title = "";
    private List<ReportTable> tables = List.of();

    /** The «≥ N пропусков» list of the attendance summary unless the address says otherwise. */
    public static final int ATTENDANCE_AT_LEAST = 10;

    public void load(String report) throws java.io.IOException {
        this.report = report;
        if (pageAddress.refusedNotANumber("class", "atLeast")) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        LocalDate today = timetable.today();
        boolean keepingReport = "journal-keeping".equals(report);
        LocalDate start = keepingReport ? today.with(DayOfWeek.MONDAY).minusWeeks(1) : today.withDayOfMonth(1);
        from = Dates.fromAddress(params.get("from"), start);
        to = Dates.fromAddress(params.get("to"), keepingReport ? from.plusDays(6) : today);
        String cls = params.get("class");
        schoolClass = cls == null || cls.isBlank() ? null : Long.valueOf(cls.trim());
        String n = params.get("atLeast");
        atLeast = n == null || n.isBlank() ? ATTENDANCE_AT_LEAST : (int) Math.max(1, Math.min(1000, Long.parseLong(n.trim())));
        classes = summary.classes();
        if (keepingReport) {
            JournalKeeping.Analysis analysis = keeping.of(from, to, schoolClass);
            title = JournalKeepingReport.title(analysis);
            tables = JournalKeepingReport.tables(analysis);
        } else {
            AttendanceSummary.Summary s = attendance.of(from, to, schoolClass, atLeast);
            title = AttendanceReport.title(s);
            tables = AttendanceReport.tables(s);
        }
    }

    public String getTitle() {
        return title;
    }

    public String getReport() {
        return report;
    }

    public int getAtLeast() {
        return atLeast;
    }

    public String getQuery() {
        return "from=" + from + "&to=" + to + (schoolClass == null ? "" : "&class=" + schoolClass)
                + ("attendance".equals(report) ? "&atLeast=" + atLeast : "");
    }

    /** The week before the one shown, and the calendar month of its start. */
    public String getPreviousWeek() {
        return "from=" + from.minusWeeks(1).with(DayOfWeek.MONDAY) + "&to=" + from.minusWeeks(1).with(DayOfWeek.SUNDAY);
    }

    public String getMonth() {
        return "from=" + from.withDayOfMonth(1) + "&to=" + from.withDayOfMonth(from.lengthOfMonth());
    }

    public List<ClassChoice> getClasses() {
        return classes;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public Long getSchoolClass() {
        return schoolClass;
    }

    public List<ReportTable> getTables() {
        return tables;
    }
}
