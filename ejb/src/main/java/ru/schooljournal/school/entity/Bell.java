package ru.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;

/** One line of the bell schedule: lesson number and its start and end. */
@Entity
@Table(name = "bell")
public class Bell {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    private int number;
    @Column(name = "starts_at")
    private LocalTime startsAt;
    @Column(name = "ends_at")
    private LocalTime endsAt;

    protected Bell() {
    }

    public Bell(School school, int number, LocalTime startsAt, LocalTime endsAt) {
        this.school = school;
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
}
