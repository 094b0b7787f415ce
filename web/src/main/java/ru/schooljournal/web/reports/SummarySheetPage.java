package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.reports.ReportCatalog;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassChoice;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.web.platform.PageAddress;

/** «Сводная ведомость успеваемости» of a class ({@code /school/reports/summary-sheet.xhtml?class=ID}). */
@Named
@RequestScoped
public class SummarySheetPage {

    @EJB
    ReportCatalog catalog;

    @EJB
    ProgressSummary summary;

    @Inject
    PageAddress pageAddress;

    private List<ClassChoice> classes = List.of();
    private Long schoolClass;
    private String title = "";
    private List<ReportTable> tables = List.of();

    public void load() throws java.io.IOException {
        if (pageAddress.refusedNotANumber("class")) {
            return;
        }
        String cls = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("class");
        classes = summary.classes();
        schoolClass = cls == null || cls.isBlank() ? classes.isEmpty() ? null : classes.get(0).id() : Long.valueOf(cls.trim());
        if (schoolClass == null) {
            return;
        }
        ReportCatalog.Built built = catalog.build("summary-sheet", new ReportCatalog.Filter(null, schoolClass, null, null,
                null));
        title = built.title();
        tables = built.tables();
    }

    public String getTitle() {
        return title;
    }

    public List<ClassChoice> getClasses() {
        return classes;
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
