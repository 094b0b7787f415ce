package ru.schooljournal.web.schedule;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.ClassRoster;
import ru.schooljournal.schedule.boundary.WeeklyTimetable;
import ru.schooljournal.schedule.boundary.WeeklyTimetable.Slot;
import ru.schooljournal.schedule.boundary.WeeklyTimetable.SubjectHours;
import ru.schooljournal.web.platform.Texts;

/**
 * A class's weekly timetable for the deputy: the week as a grid of bells × days, the subjects with their
 * hours a week and how many are placed, and a form that puts a lesson — refused, with the clash named,
 * when the class, the teacher or the room is busy then.
 */
@Named
@ViewScoped
public class TimetablePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WeeklyTimetable timetable;

    @EJB
    ClassRoster roster;

    @Inject
    Texts texts;

    private Long classId;
    private String className;
    private List<Slot> slots = List.of();
    private List<SubjectHours> subjects = List.of();
    private Long classSubjectId;
    private int weekday = 1;
    private int number = 1;
    private String room;

    public void load() {
        if (classId == null) {
            throw new RuleViolation("schedule.noClass");
        }
        className = roster.of(classId).className();
        slots = timetable.ofClass(classId);
        subjects = timetable.subjectsOf(classId);
    }

    public void place() {
        try {
            if (classSubjectId == null) {
                throw new RuleViolation("schedule.noSubject");
            }
            timetable.place(classSubjectId, weekday, number, room);
            texts.info("schedule.placed");
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public void remove(long slotId) {
        timetable.remove(slotId);
        texts.info("schedule.removed");
        load();
    }

    public List<Integer> getNumbers() {
        return WeekGrid.numbers(slots);
    }

    public List<Integer> getWeekdays() {
        return WeekGrid.WEEKDAYS;
    }

    public List<Slot> at(int day, int bell) {
        return WeekGrid.at(slots, day, bell);
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getClassName() {
        return className;
    }

    public List<SubjectHours> getSubjects() {
        return subjects;
    }

    public Long getClassSubjectId() {
        return classSubjectId;
    }

    public void setClassSubjectId(Long classSubjectId) {
        this.classSubjectId = classSubjectId;
    }

    public int getWeekday() {
        return weekday;
    }

    public void setWeekday(int weekday) {
        this.weekday = weekday;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
