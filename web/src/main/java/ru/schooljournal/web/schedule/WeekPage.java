package ru.schooljournal.web.schedule;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.boundary.WeeklyTimetable;
import ru.schooljournal.schedule.boundary.WeeklyTimetable.Slot;

/** The weekly timetable of a teacher ({@code ?teacher=}) or of a room ({@code ?room=}), bells × days. */
@Named
@RequestScoped
public class WeekPage {

    @EJB
    WeeklyTimetable timetable;

    private Long teacher;
    private String room;
    private String title;
    private List<Slot> slots = List.of();

    public void load() {
        if (teacher != null) {
            title = timetable.teacherName(teacher);
            slots = timetable.ofTeacher(teacher);
        } else if (room != null && !room.isBlank()) {
            title = "каб. " + room.strip();
            slots = timetable.ofRoom(room);
        } else {
            throw new RuleViolation("schedule.noTeacher");
        }
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

    public int getCount() {
        return slots.size();
    }

    public Long getTeacher() {
        return teacher;
    }

    public void setTeacher(Long teacher) {
        this.teacher = teacher;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getTitle() {
        return title;
    }
}
