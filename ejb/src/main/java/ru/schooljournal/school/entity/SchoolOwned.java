package ru.schooljournal.school.entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one school. One installation serves many schools, so every school-owned entity
 * carries its school and nothing assumes there is only one.
 */
@MappedSuperclass
public abstract class SchoolOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    protected SchoolOwned() {
    }

    protected SchoolOwned(School school) {
        this.school = school;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }
}
