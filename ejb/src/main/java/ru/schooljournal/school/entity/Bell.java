package ru.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** One line of the bell schedule: lesson number and its start and end. */
@Entity
@Table(name = "bell")
public class Bell extends SchoolOwned {

    private int number;
    @Column(name = "starts_at")
    private LocalTime startsAt;
    @Column(name = "ends_at")
    private LocalTime endsAt;

    protected Bell() {
    }

    public Bell(School school, int number, LocalTime startsAt, LocalTime endsAt) {
        super(school);
        this.number = number;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public int getNumber() {
        return number;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setTimes(LocalTime startsAt, LocalTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }
}
