package ru.schooljournal.web.diary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.diary.boundary.Acknowledgements;
import ru.schooljournal.diary.boundary.Diary;
import ru.schooljournal.diary.boundary.Diary.DiaryWeek;
import ru.schooljournal.diary.boundary.DiaryMarks;
import ru.schooljournal.diary.boundary.DiaryMarks.StudentPeriod;
import ru.schooljournal.diary.boundary.DiaryMarks.StudentYear;
import ru.schooljournal.diary.boundary.MarkHistory;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.Family;
import ru.schooljournal.roster.boundary.Family.Child;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.Dates;
import ru.schooljournal.web.platform.Texts;

/**
 * A student's diary: the week ({@code diary.xhtml?week=YYYY-MM-DD}), the period per subject ({@code
 * period.xhtml?period=ID}), the year at a glance ({@code year.xhtml}) and what changed in the marks ({@code
 * changes.xhtml}) — the student's own under {@code /student/},
 * a parent's child's under {@code /parent/} with {@code child=ID} (the first child when absent). Switching child
 * keeps the view and the week; a parent signs a week with «Ознакомлен(а)». Whether this user may see this student, or
 * sign for them, is decided by the EJBs, not here.
 */
@Named
@RequestScoped
public class DiaryPage {

    @EJB
    Diary diary;

    @EJB
    DiaryMarks diaryMarks;

    @EJB
    MarkHistory markHistory;

    @EJB
    Acknowledgements acknowledgements;

    @EJB
    Family family;

    @Inject
    Texts texts;

    @EJB
    Timetable timetable;

    @Inject
    Dates dates;

    private Long child;
    private String week;
    private Long period;
    private DiaryWeek diaryWeek;
    private StudentPeriod studentPeriod;
    private StudentYear studentYear;
    private MarkHistory.History history;
    private List<Child> children;
    private long studentId;
    private String view = "diary";

    /** The week. */
    public void load() {
        view = "diary";
        diaryWeek = diary.week(student(), Dates.fromAddress(week, timetable.today())); // a mistyped week: this week
    }

    /** The period per subject. */
    public void loadPeriod() {
        view = "period";
        studentPeriod = diaryMarks.period(student(), period);
    }

    /** The year at a glance. */
    public void loadYear() {
        view = "year";
        studentYear = diaryMarks.year(student());
    }

    /** What changed in the marks and absences. */
    public void loadChanges() {
        view = "changes";
        history = markHistory.of(student());
    }

    /** «Ознакомлен(а)»: the parent signs the week shown; back to it, with a word of what happened. */
    public String acknowledge() {
        try {
            acknowledgements.acknowledge(student(), Dates.fromAddress(week, timetable.today()));
            texts.info("diary.ack.done");
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/parent/diary?faces-redirect=true&includeViewParams=true";
    }

    private long student() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean parent = faces.getExternalContext().isUserInRole(Role.Names.PARENT)
                && faces.getViewRoot().getViewId().startsWith("/parent/");
        if (parent) {
            children = family.myChildren();
            studentId = child != null ? child : children.isEmpty() ? -1 : children.get(0).personId();
        } else {
            studentId = diary.myStudentId();
        }
        return studentId;
    }

    public DiaryWeek getWeek() {
        return diaryWeek;
    }

    public StudentPeriod getPeriodMarks() {
        return studentPeriod;
    }

    public StudentYear getYear() {
        return studentYear;
    }

    /** The parents' signatures under the week shown. */
    public List<Acknowledgements.Acknowledged> getAcknowledged() {
        return diaryWeek == null ? List.of() : diaryWeek.acknowledged();
    }

    /**
     * Whether to offer «Ознакомлен(а)»: the week has begun and the caller has not signed it — and on the form's
     * postback, before any week is read, so that the button is decoded (the EJB decides whether it may be done).
     */
    public boolean isMayAcknowledge() {
        return diaryWeek == null || diaryWeek.begun() && !diaryWeek.signedByMe() && diaryWeek.className() != null;
    }

    public MarkHistory.History getHistory() {
        return history;
    }

    public List<Child> getChildren() {
        return children;
    }

    public long getStudentId() {
        return studentId;
    }

    /** Which of the diary's views this is: diary (the week), period or year. */
    public String getView() {
        return view;
    }

    /** The student's name and class for the heading, whichever view. */
    public String getStudentName() {
        return diaryWeek != null ? diaryWeek.student() : studentPeriod != null ? studentPeriod.student()
                : studentYear != null ? studentYear.student() : history != null ? history.student() : "";
    }

    public String getClassName() {
        return diaryWeek != null ? diaryWeek.className() : studentPeriod != null ? studentPeriod.className()
                : studentYear != null ? studentYear.className() : history != null ? history.className() : "";
    }



    /** The week's Monday to keep when switching child or view (none outside the week view unless asked). */
    public String getWeekKept() {
        return diaryWeek != null ? diaryWeek.monday().toString() : week;
    }

    public String getWeekTitle() {
        return dates.shortDate(diaryWeek.monday()) + " – " + dates.shortDate(diaryWeek.monday().plusDays(6));
    }

    public boolean isThisWeek() {
        return diaryWeek != null && diaryWeek.monday().equals(diaryWeek.thisWeek());
    }

    public Long getChild() {
        return child;
    }

    public void setChild(Long child) {
        this.child = child;
    }

    public String getWeekParam() {
        return week;
    }

    public void setWeekParam(String week) {
        this.week = week;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }
}
