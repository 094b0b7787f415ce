package ru.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day off inside a study period, or a day moved to work on another weekday's timetable. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay extends SchoolOwned {

    public enum Kind {
        OFF, WORKS_AS
    }

    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "works_as")
    private Integer worksAs;
    private String note;

    protected CalendarDay() {
    }

    public CalendarDay(School school, LocalDate date, Kind kind, Integer worksAs, String note) {
        super(school);
        this.date = date;
        this.kind = kind;
        this.worksAs = worksAs;
        this.note = note;
    }
}
