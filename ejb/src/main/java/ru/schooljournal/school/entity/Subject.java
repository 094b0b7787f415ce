package ru.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A school subject under its full name in lower case, e.g. «русский язык» (seed 002 §15). */
@Entity
@Table(name = "subject")
public class Subject extends SchoolOwned {

    private String name;
    @Column(name = "short_name")
    private String shortName;

    protected Subject() {
    }

    public Subject(School school, String name, String shortName) {
        super(school);
        this.name = name;
        this.shortName = shortName;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }
}
