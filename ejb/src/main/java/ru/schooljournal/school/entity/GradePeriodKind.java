package ru.schooljournal.school.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Which kind of periods one grade level keeps in a year (e.g. grades 10–11 by halves). */
@Entity
@Table(name = "grade_period_kind")
public class GradePeriodKind extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private AcademicYear year;

    private int grade;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;

    protected GradePeriodKind() {
    }

    public GradePeriodKind(AcademicYear year, int grade, PeriodKind kind) {
        super(year.getSchool());
        this.year = year;
        this.grade = grade;
        this.kind = kind;
    }

    public int getGrade() {
        return grade;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public void setKind(PeriodKind kind) {
        this.kind = kind;
    }
}
