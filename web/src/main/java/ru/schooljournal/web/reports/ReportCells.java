package ru.schooljournal.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import ru.schooljournal.reports.print.ReportTable;

/** A report's value as the page shows it (the template {@code report-tables.xhtml} asks). */
@Named("reportCells")
@ApplicationScoped
public class ReportCells {

    public String shown(Object value, ReportTable.Kind kind) {
        return ReportTable.shown(value, kind);
    }
}
