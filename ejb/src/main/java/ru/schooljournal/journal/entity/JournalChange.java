package ru.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the journal's history (SPEC §5; seed 001 §4.2, seed 004 §8.6): what changed in which cell,
 * from what to what, who changed it, when and why. Append-only: the database refuses updates and deletes.
 */
@Entity
@Table(name = "journal_change")
public class JournalChange {

    public enum Field {
        MARKS, ATTENDANCE, TOPIC, WORK_DONE, WORK_TYPE, HOMEWORK, CANCELLED, FINAL, TEACHER, TIME, PERIOD_LOCK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_id")
    private long schoolId;
    @Column(name = "class_subject_id")
    private long classSubjectId;
    @Column(name = "lesson_id")
    private Long lessonId;
    @Column(name = "student_id")
    private Long studentId;
    @Enumerated(EnumType.STRING)
    private Field field;
    private String detail;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value")
    private String newValue;
    private String why;
    @Column(name = "changed_by")
    private long changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected JournalChange() {
    }

    public JournalChange(long schoolId, long classSubjectId, Long lessonId, Long studentId, Field field, String detail,
                         String oldValue, String newValue, String why, long changedBy) {
        this.schoolId = schoolId;
        this.classSubjectId = classSubjectId;
        this.lessonId = lessonId;
        this.studentId = studentId;
        this.field = field;
        this.detail = detail;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.why = why;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
    }
}
