package ru.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/** A student absent from (Н) or late for (О) a lesson, and the reason the class teacher set for it. */
@Entity
@Table(name = "attendance")
public class Attendance extends SchoolOwned {

    public enum Kind {
        ABSENT, LATE
    }

    /** УП — уважительная, НП — неуважительная, Б — болезнь, ОСВ — освобождён. */
    public enum Reason {
        VALID, NOT_VALID, ILLNESS, EXCUSED;

        /**
         * Whether an absence of this reason is for a good one («по уважительной причине»: УП, Б, ОСВ) — the one
         * reading every report uses; an absence without a reason is not.
         */
        public boolean good() {
            return this != NOT_VALID;
        }
    }

    @Column(name = "lesson_id")
    private long lessonId;
    @Column(name = "student_id")
    private long studentId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Reason reason;

    protected Attendance() {
    }

    public Attendance(School school, long lessonId, long studentId, Kind kind, Reason reason) {
        super(school);
        this.lessonId = lessonId;
        this.studentId = studentId;
        this.kind = kind;
        this.reason = reason;
    }

    public Kind getKind() {
        return kind;
    }

    public Reason getReason() {
        return reason;
    }

    public void set(Kind kind, Reason reason) {
        this.kind = kind;
        this.reason = reason;
    }
}
