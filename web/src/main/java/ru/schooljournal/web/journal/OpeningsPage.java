package ru.schooljournal.web.journal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.journal.boundary.DateOpenings;
import ru.schooljournal.journal.boundary.DateOpenings.Opening;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.StaffList;
import ru.schooljournal.roster.boundary.StaffList.Member;
import ru.schooljournal.web.platform.Dates;
import ru.schooljournal.web.platform.Texts;

/** The administrator opens a past date for a teacher for 12 hours, upon the teacher's written request. */
@Named
@ViewScoped
public class OpeningsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DateOpenings openings;

    @EJB
    StaffList staffList;

    @Inject
    Texts texts;

    @Inject
    Dates dates;

    private List<Member> staff;
    private List<Opening> recent;
    private Long teacherId;
    private LocalDate date;
    private String reason;

    public void load() {
        staff = staffList.staff();
        recent = openings.recent();
    }

    public void grant() {
        try {
            if (teacherId == null) {
                throw new RuleViolation("journal.opening.noTeacher");
            }
            Opening o = openings.open(teacherId, date, reason);
            texts.info("journal.opening.granted", o.teacher(), dates.shortDate(o.date()), dates.instant(o.endsAt()));
            reason = null;
            recent = openings.recent();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public List<Member> getStaff() {
        return staff;
    }

    public List<Opening> getRecent() {
        return recent;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
