package ru.schooljournal.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/** A school event (everyone's) or a class event (its class's) on a date: a meeting, an excursion, a concert. */
@Entity
@Table(name = "school_event")
public class SchoolEvent extends SchoolOwned {

    @Column(name = "class_id")
    private Long classId;
    private LocalDate date;
    @Column(name = "starts_at")
    private LocalTime startsAt;
    private String title;
    private String place;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected SchoolEvent() {
    }

    public SchoolEvent(School school, Long classId, LocalDate date, LocalTime startsAt, String title, String place,
                       long createdBy) {
        super(school);
        this.classId = classId;
        this.date = date;
        this.startsAt = startsAt;
        this.title = title;
        this.place = place;
        this.createdBy = createdBy;
    }

    public Long getClassId() {
        return classId;
    }

    public LocalDate getDate() {
        return date;
    }
}
