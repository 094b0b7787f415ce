package ru.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/**
 * The administrator opened a date whose edit window has closed, for one teacher, upon their written request
 * (seed 002 §17.4): for 12 hours from {@code grantedAt} that teacher may correct that date's marks and
 * attendance.
 */
@Entity
@Table(name = "date_opening")
public class DateOpening extends SchoolOwned {

    @Column(name = "teacher_id")
    private long teacherId;
    private LocalDate date;
    private String reason;
    @Column(name = "granted_by")
    private long grantedBy;
    @Column(name = "granted_at")
    private Instant grantedAt;

    protected DateOpening() {
    }

    public DateOpening(School school, long teacherId, LocalDate date, String reason, long grantedBy, Instant grantedAt) {
        super(school);
        this.teacherId = teacherId;
        this.date = date;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getReason() {
        return reason;
    }
}
