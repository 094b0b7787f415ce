package ru.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A school's academic year, e.g. «2026/2027», from its first to its last day. One is current. */
@Entity
@Table(name = "academic_year")
public class AcademicYear extends SchoolOwned {

    private String name;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private boolean current;

    protected AcademicYear() {
    }

    public AcademicYear(School school, LocalDate startsOn, LocalDate endsOn, boolean current) {
        super(school);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.current = current;
        this.name = startsOn.getYear() + "/" + endsOn.getYear();
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isCurrent() {
        return current;
    }

    /** The one year the school works in now (closing a year makes the next one current). */
    public void setCurrent(boolean current) {
        this.current = current;
    }
}
