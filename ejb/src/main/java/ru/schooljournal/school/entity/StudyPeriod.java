package ru.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A quarter, trimester or half of an academic year, with its first and last day. */
@Entity
@Table(name = "study_period")
public class StudyPeriod extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private AcademicYear year;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;
    private int number;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected StudyPeriod() {
    }

    public StudyPeriod(AcademicYear year, PeriodKind kind, int number, LocalDate startsOn, LocalDate endsOn) {
        super(year.getSchool());
        this.year = year;
        this.kind = kind;
        this.number = number;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setDates(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }
}
