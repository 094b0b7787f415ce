package ru.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/**
 * A final mark of a student in a class's subject: for a period (quarter, trimester, half), the year, the
 * exam or the final (итоговая). Its value is a mark on the school's scale, «н/а» (not assessed) or «осв»
 * (exempt).
 */
@Entity
@Table(name = "final_mark")
public class FinalMark extends SchoolOwned {

    public enum Kind {
        PERIOD, YEAR, EXAM, FINAL
    }

    public static final String NOT_ASSESSED = "н/а";
    public static final String EXEMPT = "осв";

    @Column(name = "class_subject_id")
    private long classSubjectId;
    @Column(name = "student_id")
    private long studentId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "period_id")
    private Long periodId;
    private String value;
    @Column(name = "set_by")
    private Long setBy;
    @Column(name = "set_at")
    private Instant setAt;

    protected FinalMark() {
    }

    public FinalMark(School school, long classSubjectId, long studentId, Kind kind, Long periodId) {
        super(school);
        this.classSubjectId = classSubjectId;
        this.studentId = studentId;
        this.kind = kind;
        this.periodId = periodId;
    }

    public String getValue() {
        return value;
    }

    public void set(String value, long setBy) {
        this.value = value;
        this.setBy = setBy;
        this.setAt = Instant.now();
    }
}
