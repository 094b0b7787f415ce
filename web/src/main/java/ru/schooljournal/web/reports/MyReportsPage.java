package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.ReportJobs;
import ru.schooljournal.reports.ReportSchedules;
import ru.schooljournal.reports.boundary.MyReports;
import ru.schooljournal.reports.boundary.MyReports.Entry;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassChoice;
import ru.schooljournal.web.platform.Texts;

/**
 * «Мои отчёты»: the files jobs produced (with their parameters, size and the time they took), the reports being
 * built in the background (restart of a failed one), and the reports on a schedule.
 */
@Named
@ViewScoped
public class MyReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyReports myReports;

    @EJB
    ReportJobs jobs;

    @EJB
    ReportSchedules schedules;

    @EJB
    ProgressSummary summary;

    @Inject
    Texts texts;

    private List<Entry> entries = List.of();
    private List<ReportJobs.Run> runs = List.of();
    private List<ReportSchedules.Entry> scheduled = List.of();
    private List<ClassChoice> classes = List.of();
    private String newReport = "journal-keeping";
    private Long newClass;
    private Integer newWeekday = 1;
    private LocalTime newAt = LocalTime.of(7, 0);

    public void load() {
        entries = myReports.mine();
        try {
            runs = jobs.runs();
            scheduled = schedules.mine();
            classes = summary.classes();
        } catch (AccessDenied noReports) {
            runs = List.of(); // a reader of files only (a job's result handed to them)
        }
    }

    public void refresh() {
        load();
    }

    public void restart(long execution) {
        try {
            jobs.restart(execution);
            texts.info("reports.background.started");
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
        load();
    }

    public void addSchedule() {
        try {
            schedules.add(newReport, newClass, newWeekday, newAt);
            texts.info("reports.schedule.added");
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        } catch (AccessDenied denied) {
            texts.error(denied.messageKey());
        }
        load();
    }

    public void removeSchedule(long id) {
        schedules.remove(id);
        load();
    }

    public boolean isWatching() {
        return runs.stream().anyMatch(ReportJobs.Run::running);
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public List<ReportJobs.Run> getRuns() {
        return runs;
    }

    public List<ReportSchedules.Entry> getScheduled() {
        return scheduled;
    }

    public List<ClassChoice> getClasses() {
        return classes;
    }

    public List<String> getReports() {
        return ru.schooljournal.reports.ReportCatalog.NAMES;
    }

    public String className(Long id) {
        return id == null ? texts.get("reports.allClasses")
                : classes.stream().filter(c -> c.id() == id).map(ClassChoice::name).findFirst().orElse("—");
    }

    public String getNewReport() {
        return newReport;
    }

    public void setNewReport(String newReport) {
        this.newReport = newReport;
    }

    public Long getNewClass() {
        return newClass;
    }

    public void setNewClass(Long newClass) {
        this.newClass = newClass;
    }

    public Integer getNewWeekday() {
        return newWeekday;
    }

    public void setNewWeekday(Integer newWeekday) {
        this.newWeekday = newWeekday;
    }

    public LocalTime getNewAt() {
        return newAt;
    }

    public void setNewAt(LocalTime newAt) {
        this.newAt = newAt;
    }

    public String size(int bytes) {
        return bytes < 1024 ? bytes + " Б" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " КБ"
                : String.format(java.util.Locale.ROOT, "%.1f МБ", bytes / 1048576.0).replace('.', ',');
    }

    public String took(int ms) {
        return ms < 1000 ? ms + " мс" : String.format(java.util.Locale.ROOT, "%.1f с", ms / 1000.0).replace('.', ',');
    }
}
