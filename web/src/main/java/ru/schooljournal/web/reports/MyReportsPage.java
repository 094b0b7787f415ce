package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.reports.boundary.MyReports;
import ru.schooljournal.reports.boundary.MyReports.Entry;

/** «Мои отчёты»: the files jobs produced, with their parameters, size and the time they took. */
@Named
@RequestScoped
public class MyReportsPage {

    @EJB
    MyReports myReports;

    private List<Entry> entries = List.of();

    public void load() {
        entries = myReports.mine();
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public String size(int bytes) {
        return bytes < 1024 ? bytes + " Б" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " КБ"
                : String.format(java.util.Locale.ROOT, "%.1f МБ", bytes / 1048576.0).replace('.', ',');
    }

    public String took(int ms) {
        return ms < 1000 ? ms + " мс" : String.format(java.util.Locale.ROOT, "%.1f с", ms / 1000.0).replace('.', ',');
    }
}
