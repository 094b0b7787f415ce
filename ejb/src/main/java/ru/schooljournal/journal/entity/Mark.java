package ru.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/** One mark of a student at a lesson, for one kind of work; a journal cell may hold several. */
@Entity
@Table(name = "mark")
public class Mark extends SchoolOwned {

    @Column(name = "lesson_id")
    private long lessonId;
    @Column(name = "student_id")
    private long studentId;
    private int value;
    @Column(name = "work_type_id")
    private long workTypeId;
    private int position;
    @Column(name = "set_by")
    private Long setBy;
    @Column(name = "set_at")
    private Instant setAt;

    protected Mark() {
    }

    public Mark(School school, long lessonId, long studentId, int value, long workTypeId, int position, long setBy) {
        super(school);
        this.lessonId = lessonId;
        this.studentId = studentId;
        this.position = position;
        set(value, workTypeId, setBy);
    }

    public final void set(int value, long workTypeId, long setBy) {
        this.value = value;
        this.workTypeId = workTypeId;
        this.setBy = setBy;
        this.setAt = Instant.now();
    }

    public long getLessonId() {
        return lessonId;
    }

    public long getStudentId() {
        return studentId;
    }

    public int getValue() {
        return value;
    }

    public long getWorkTypeId() {
        return workTypeId;
    }

    public int getPosition() {
        return position;
    }
}
