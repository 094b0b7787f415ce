package ru.schooljournal.schedule.entity;

import ru.schooljournal.school.entity.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import ru.schooljournal.curriculum.entity.ClassSubject;

/** One lesson of the weekly timetable template: which class subject, on which weekday, at which bell. */
@Entity
@Table(name = "timetable_slot")
public class TimetableSlot extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_subject_id")
    private ClassSubject classSubject;

    /** ISO day of week, 1 = Monday. */
    private int weekday;
    @Column(name = "lesson_number")
    private int lessonNumber;
    private String room;

    protected TimetableSlot() {
    }

    public TimetableSlot(ClassSubject classSubject, DayOfWeek day, int lessonNumber, String room) {
        super(classSubject.getSchoolClass().getSchool());
        this.classSubject = classSubject;
        this.weekday = day.getValue();
        this.lessonNumber = lessonNumber;
        this.room = room;
    }

    public ClassSubject getClassSubject() {
        return classSubject;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(weekday);
    }

    public int getLessonNumber() {
        return lessonNumber;
    }

    public String getRoom() {
        return room;
    }
}
