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
import ru.schooljournal.reports.ReportCatalog;
import ru.schooljournal.reports.boundary.Activity;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassChoice;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.Dates;
import ru.schooljournal.web.platform.PageAddress;

/**
 * The reports for a stretch of dates on screen — «Анализ ведения журналов»
 * ({@code /school/reports/journal-keeping.xhtml?from=…&to=…[&class=…]}, last week by default) and the attendance
 * summary ({@code /school/reports/attendance.xhtml?…[&atLeast=N]}, this month so far by default) and the teaching
 * hours given against planned ({@code /school/reports/teaching-hours.xhtml}, the year so far) and who uses the diary
 * ({@code /school/reports/activity.xhtml}, the half-year so far) — with the
 * previous week and the whole month at hand, and the same tables the .xlsx and the PDF hold.
 */
@Named
@RequestScoped
public class DatesReportPage {

    @EJB
    ReportCatalog catalog;

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
    private int atLeast = ReportCatalog.ATTENDANCE_AT_LEAST;
    private String report;
    private String title = "";
    private List<ReportTable> tables = List.of();


    public void load(String report) throws java.io.IOException {
        this.report = report;
        if (pageAddress.refusedNotANumber("class", "atLeast")) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        LocalDate today = timetable.today();
        boolean keepingReport = "journal-keeping".equals(report);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        boolean administrative = "movement".equals(report) || "students".equals(report);
        LocalDate start = keepingReport ? today.with(DayOfWeek.MONDAY).minusWeeks(1)
                : "teaching-hours".equals(report) || administrative ? yearStart : today.withDayOfMonth(1);
        if ("activity".equals(report)) {
            start = Activity.halfYear(today)[0];
        }
        from = Dates.fromAddress(params.get("from"), start);
        to = Dates.fromAddress(params.get("to"), keepingReport ? from.plusDays(6) : today);
        String cls = params.get("class");
        schoolClass = cls == null || cls.isBlank() ? null : Long.valueOf(cls.trim());
        String n = params.get("atLeast");
        atLeast = n == null || n.isBlank() ? ReportCatalog.ATTENDANCE_AT_LEAST : (int) Math.max(1, Math.min(1000, Long.parseLong(n.trim())));
        classes = administrative ? List.of() : summary.classes();
        ReportCatalog.Built built = catalog.build(report, new ReportCatalog.Filter(null, schoolClass, from, to,
                keepingReport ? null : atLeast));
        title = built.title();
        tables = built.tables();
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

    /** The filter's selects are read by the address, not posted; a postback of the page's other form sets this. */
    public void setSchoolClass(Long schoolClass) {
        this.schoolClass = schoolClass;
    }
}
