package ru.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/**
 * One lesson of a class's subject: a column of the journal. Generated from the weekly timetable; the
 * teacher fills in its topic, the work done and its type, and the homework set for it. {@code teacherId} is
 * who gave it — a substitute when the subject teacher was away, who then keeps the journal for it.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends SchoolOwned {

    @Column(name = "class_subject_id")
    private long classSubjectId;
    private LocalDate date;
    private int number;
    @Column(name = "teacher_id")
    private Long teacherId;
    private String room;
    private String topic;
    @Column(name = "work_done")
    private String workDone;
    @Column(name = "work_type_id")
    private Long workTypeId;
    private String homework;
    private boolean cancelled;
    /** The deputy's note on a one-off change of this lesson (a substitute, another bell, cancelled, extra). */
    @Column(name = "change_note")
    private String changeNote;
    /** The bell the template had this lesson at, when it was moved for the day. */
    @Column(name = "moved_from")
    private Integer movedFrom;
    @Version
    private int version;

    protected Lesson() {
    }

    public Lesson(School school, long classSubjectId, LocalDate date, int number, Long teacherId) {
        super(school);
        this.classSubjectId = classSubjectId;
        this.date = date;
        this.number = number;
        this.teacherId = teacherId;
    }

    public long getClassSubjectId() {
        return classSubjectId;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getNumber() {
        return number;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getWorkDone() {
        return workDone;
    }

    public void setWorkDone(String workDone) {
        this.workDone = workDone;
    }

    public Long getWorkTypeId() {
        return workTypeId;
    }

    public void setWorkTypeId(Long workTypeId) {
        this.workTypeId = workTypeId;
    }

    public String getHomework() {
        return homework;
    }

    public void setHomework(String homework) {
        this.homework = homework;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    public int getVersion() {
        return version;
    }

    public String getRoom() {
        return room;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    /** Moves the lesson for its day; the template's bell is remembered once. */
    public void moveTo(int number, String room) {
        if (movedFrom == null && number != this.number) {
            movedFrom = this.number;
        }
        this.number = number;
        this.room = room;
    }
}
