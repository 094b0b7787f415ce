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
import ru.schooljournal.reports.boundary.JournalKeeping;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassChoice;
import ru.schooljournal.reports.print.JournalKeepingReport;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.Dates;
import ru.schooljournal.web.platform.PageAddress;

/**
 * «Анализ ведения журналов» on screen ({@code /school/reports/journal-keeping.xhtml?from=…&to=…[&class=…]}):
 * last week by default, with «неделя» and «месяц» at hand; the same table the .xlsx and the PDF hold.
 */
@Named
@RequestScoped
public class JournalKeepingPage {

    @EJB
    JournalKeeping keeping;

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
    private JournalKeeping.Analysis analysis;
    private List<ReportTable> tables = List.of();

    public void load() throws java.io.IOException {
        if (pageAddress.refusedNotANumber("class")) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        LocalDate today = timetable.today();
        LocalDate lastMonday = today.with(DayOfWeek.MONDAY).minusWeeks(1);
        from = Dates.fromAddress(params.get("from"), lastMonday);
        to = Dates.fromAddress(params.get("to"), from.plusDays(6));
        String cls = params.get("class");
        schoolClass = cls == null || cls.isBlank() ? null : Long.valueOf(cls.trim());
        classes = summary.classes();
        analysis = keeping.of(from, to, schoolClass);
        tables = JournalKeepingReport.tables(analysis);
    }

    public String getTitle() {
        return analysis == null ? "" : JournalKeepingReport.title(analysis);
    }

    public String getQuery() {
        return "from=" + from + "&to=" + to + (schoolClass == null ? "" : "&class=" + schoolClass);
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
