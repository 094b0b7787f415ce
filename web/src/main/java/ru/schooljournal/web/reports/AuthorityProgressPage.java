package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.print.AuthorityProgressReport;
import ru.schooljournal.reports.print.ReportTable;

/**
 * The education authority's «Итоги успеваемости по школам» ({@code /authority/progress.xhtml?period=QUARTER-1}):
 * its schools' figures for a quarter, trimester or half, and all of them together.
 */
@Named
@RequestScoped
public class AuthorityProgressPage {

    /** The periods to choose: kind and number, as «QUARTER-1». */
    public static final List<String> PERIODS = List.of("QUARTER-1", "QUARTER-2", "QUARTER-3", "QUARTER-4", "HALF-1",
            "HALF-2", "TRIMESTER-1", "TRIMESTER-2", "TRIMESTER-3");

    @EJB
    ProgressSummary summary;

    private String period;
    private String title = "";
    private List<ReportTable> tables = List.of();

    public void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        period = known(params.get("period")) ? params.get("period") : PERIODS.get(0);
        ProgressSummary.AcrossSchools across = of(summary, period);
        title = AuthorityProgressReport.title(across);
        tables = AuthorityProgressReport.tables(across);
    }

    /** Whether the address names one of {@link #PERIODS} (an address without one names none). */
    static boolean known(String period) {
        return period != null && PERIODS.contains(period);
    }

    static ProgressSummary.AcrossSchools of(ProgressSummary summary, String period) {
        String[] kindAndNumber = period.split("-");
        return summary.acrossSchools(kindAndNumber[0], Integer.parseInt(kindAndNumber[1]));
    }

    public List<String> getPeriods() {
        return PERIODS;
    }

    public String periodName(String p) {
        String[] k = p.split("-");
        return ru.schooljournal.journal.boundary.FinalMarks.periodName(k[0], Integer.parseInt(k[1]));
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTitle() {
        return title;
    }

    public List<ReportTable> getTables() {
        return tables;
    }
}
