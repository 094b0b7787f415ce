package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.print.ProgressSummaryReport;
import ru.schooljournal.reports.print.ReportPdf;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.reports.print.ReportXlsx;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassChoice;
import ru.schooljournal.reports.boundary.ProgressSummary.PeriodChoice;
import ru.schooljournal.reports.boundary.ProgressSummary.SchoolProgress;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.PageAddress;
import ru.schooljournal.web.platform.Texts;

/**
 * «Итоги успеваемости» on screen ({@code /school/reports/progress.xhtml?period=ID[&class=ID]}), and «Итоговые
 * отметки обучающихся» ({@code /school/reports/final-marks.xhtml?…}, the same filter, a table per class): the filter
 * (period, class — as far as the caller's reach goes), the same tables the .xlsx and the PDF hold, and the
 * links to download them. The address is the filter, so a deputy can bookmark the report.
 */
@Named
@RequestScoped
public class ProgressSummaryPage {

    @EJB
    ProgressSummary summary;

    @EJB
    Timetable timetable;

    @Inject
    Texts texts;

    @Inject
    PageAddress pageAddress;

    private List<PeriodChoice> periods;
    private List<ClassChoice> classes;
    private Long period;
    private Long schoolClass;
    private SchoolProgress progress;
    private List<ReportTable> tables = List.of();
    private String report = "progress";

    /** Loads {@code report}: «progress» (the summary) or «final-marks» (a sheet of students' marks per class). */
    public void load(String report) throws java.io.IOException {
        this.report = report;
        if (pageAddress.refusedNotANumber("period", "class")) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        period = PageAddress.number(params.get("period"));
        schoolClass = PageAddress.number(params.get("class"));
        periods = summary.periods();
        classes = summary.classes();
        if (period == null) {
            PeriodChoice likely = ProgressSummary.likelyPeriod(periods, timetable.today());
            period = likely == null ? null : likely.id();
        }
        if (schoolClass == null && classes.size() == 1 && !summary.wholeSchool()) {
            schoolClass = classes.get(0).id();
        }
        if (period == null) {
            texts.info("reports.noPeriods");
            return;
        }
        progress = summary.of(period, schoolClass);
        tables = finalMarks() ? ProgressSummaryReport.finalMarks(progress) : ProgressSummaryReport.tables(progress);
    }

    private boolean finalMarks() {
        return "final-marks".equals(report);
    }

    public String getTitle() {
        if (progress == null) {
            return texts.get(finalMarks() ? "reports.name.final-marks" : "reports.progress.title");
        }
        return finalMarks() ? ProgressSummaryReport.finalMarksTitle(progress) : ProgressSummaryReport.title(progress);
    }

    /** The query of the downloads: the same filter. */
    public String getQuery() {
        return "period=" + period + (schoolClass == null ? "" : "&class=" + schoolClass);
    }

    public List<PeriodChoice> getPeriods() {
        return periods;
    }

    public List<ClassChoice> getClasses() {
        return classes;
    }

    public Long getPeriod() {
        return period;
    }

    public Long getSchoolClass() {
        return schoolClass;
    }

    public SchoolProgress getProgress() {
        return progress;
    }

    public List<ReportTable> getTables() {
        return tables;
    }

    /** The filter's selects are read by the address, not posted; a postback of the page's other form sets this. */
    public void setPeriod(Long period) {
        this.period = period;
    }

    /** The filter's selects are read by the address, not posted; a postback of the page's other form sets this. */
    public void setSchoolClass(Long schoolClass) {
        this.schoolClass = schoolClass;
    }
}
