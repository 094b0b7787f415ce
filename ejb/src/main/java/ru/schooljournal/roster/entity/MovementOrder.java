package ru.schooljournal.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/** One line of the movement book: an order enrolling a student, moving them to another class, or their leaving. */
@Entity
@Table(name = "movement_order")
public class MovementOrder extends SchoolOwned {

    public enum Kind {
        ENROL, TRANSFER, LEAVE, PROMOTE, CONDITIONAL, REPEAT, GRADUATE;

        /** The decisions taken for the year's end, which closing the year applies. */
        public boolean yearEnd() {
            return ordinal() >= PROMOTE.ordinal();
        }
    }

    private String number;
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "student_id")
    private long studentId;
    @Column(name = "from_class_id")
    private Long fromClassId;
    @Column(name = "to_class_id")
    private Long toClassId;
    private String note;
    @Column(name = "recorded_by")
    private long recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MovementOrder() {
    }

    public MovementOrder(School school, String number, LocalDate date, Kind kind, long studentId, Long fromClassId,
                         Long toClassId, String note, long recordedBy) {
        super(school);
        this.number = number;
        this.date = date;
        this.kind = kind;
        this.studentId = studentId;
        this.fromClassId = fromClassId;
        this.toClassId = toClassId;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }
}
