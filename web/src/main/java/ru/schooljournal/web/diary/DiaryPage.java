package ru.schooljournal.web.diary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.diary.boundary.Diary;
import ru.schooljournal.diary.boundary.Diary.DiaryWeek;
import ru.schooljournal.roster.boundary.Family;
import ru.schooljournal.roster.boundary.Family.Child;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.Dates;

/**
 * The diary week of a student: the student's own ({@code /student/diary.xhtml}) or a parent's child's
 * ({@code /parent/diary.xhtml?child=…}); {@code week=YYYY-MM-DD} picks the week. Whether this user may
 * see this student is decided by {@link Diary}, not here.
 */
@Named
@RequestScoped
public class DiaryPage {

    @EJB
    Diary diary;

    @EJB
    Family family;

    @EJB
    Timetable timetable;

    @Inject
    Dates dates;

    private Long child;
    private String week;
    private DiaryWeek diaryWeek;
    private List<Child> children;

    public void load() {
        LocalDate day = parse(week);
        boolean parent = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.PARENT)
                && FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/parent/");
        long studentId;
        if (parent) {
            children = family.myChildren();
            studentId = child != null ? child : children.isEmpty() ? -1 : children.get(0).personId();
        } else {
            studentId = diary.myStudentId();
        }
        diaryWeek = diary.week(studentId, day);
    }

    private LocalDate parse(String value) {
        return ru.schooljournal.web.platform.Dates.fromAddress(value, timetable.today()); // a mistyped week: this week
    }

    public DiaryWeek getWeek() {
        return diaryWeek;
    }

    public List<Child> getChildren() {
        return children;
    }

    public String getPreviousWeek() {
        return diaryWeek.monday().minusWeeks(1).toString();
    }

    public String getNextWeek() {
        return diaryWeek.monday().plusWeeks(1).toString();
    }

    public String getWeekTitle() {
        return dates.shortDate(diaryWeek.monday());
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
}
