package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.journal.boundary.PeriodLocks;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.TermClosingJob;
import ru.schooljournal.reports.TermClosingJob.Run;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassChoice;
import ru.schooljournal.reports.boundary.ProgressSummary.PeriodChoice;
import ru.schooljournal.reports.boundary.TermClosing;
import ru.schooljournal.reports.boundary.TermClosing.Preview;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.Texts;
import ru.schooljournal.web.access.SessionUser;

/**
 * «Закрытие периода» ({@code /school/reports/closing.xhtml}): choose the period (and a class, or the whole
 * school), see what is closed and every missing period mark, confirm the list and start the job; its progress
 * bar moves as classes close; the runs of the school with restart and stop; and the administrator's reopening
 * of one class's period with the written reason.
 */
@Named
@ViewScoped
public class ClosingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TermClosing closing;

    @EJB
    TermClosingJob job;

    @EJB
    ProgressSummary summary;

    @EJB
    PeriodLocks locks;

    @EJB
    Timetable timetable;

    @Inject
    Texts texts;

    @Inject
    SessionUser sessionUser;

    private List<PeriodChoice> periods = List.of();
    private List<ClassChoice> classes = List.of();
    private Long period;
    private Long schoolClass;
    private boolean confirmed;
    private Preview preview;
    private Long execution;
    private Run run;
    private List<Run> history = List.of();
    private Long reopenClass;
    private String reopenReason;

    public void load() {
        closing.requireRight();
        periods = summary.periods();
        classes = summary.classes();
        if (period == null) {
            PeriodChoice likely = ProgressSummary.likelyPeriod(periods, timetable.today());
            period = likely == null ? null : likely.id();
        }
        refresh();
    }

    public void choose() {
        confirmed = false;
        refresh();
    }

    public void refresh() {
        try {
            preview = period == null ? null : closing.preview(period, schoolClass);
        } catch (RuleViolation refused) {
            preview = null;
            texts.error(refused.messageKey(), refused.args());
        }
        history = job.history();
        if (execution != null) {
            run = job.run(execution);
        } else if (!history.isEmpty() && history.get(0).running()) {
            run = history.get(0);
            execution = run.execution();
        }
    }

    public void start() {
        try {
            execution = job.start(period, schoolClass, confirmed);
            texts.info("closing.started");
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
        refresh();
    }

    /** The poll: the progress of the run being watched, and the preview once it is done. */
    public void poll() {
        if (execution != null) {
            run = job.run(execution);
            if (!run.running()) {
                refresh();
            }
        }
    }

    public void restart(long failed) {
        try {
            execution = job.restart(failed);
            texts.info("closing.restarted");
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
        refresh();
    }

    public void stop(long running) {
        job.stop(running);
        refresh();
    }

    public void reopen() {
        try {
            if (reopenClass == null) {
                throw new RuleViolation("closing.reopen.noClass");
            }
            locks.reopen(period, reopenClass, reopenReason);
            texts.info("closing.reopened");
            reopenReason = null;
            reopenClass = null;
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        } catch (AccessDenied denied) {
            texts.error(denied.messageKey());
        }
        refresh();
    }

    public boolean isWatching() {
        return run != null && run.running();
    }

    public boolean isMayReopen() {
        return sessionUser.may("DATE_OPENING");
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

    public void setPeriod(Long period) {
        this.period = period;
    }

    public Long getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(Long schoolClass) {
        this.schoolClass = schoolClass;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public Preview getPreview() {
        return preview;
    }

    public Run getRun() {
        return run;
    }

    public List<Run> getHistory() {
        return history;
    }

    public Long getReopenClass() {
        return reopenClass;
    }

    public void setReopenClass(Long reopenClass) {
        this.reopenClass = reopenClass;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    /** The classes whose period is closed now (the administrator may reopen one). */
    public List<TermClosing.ClassState> getClosedClasses() {
        return preview == null ? List.of() : preview.classes().stream().filter(TermClosing.ClassState::closed).toList();
    }

    public String periodName(long id) {
        return periods.stream().filter(p -> p.id() == id).map(PeriodChoice::name).findFirst().orElse("—");
    }
}
