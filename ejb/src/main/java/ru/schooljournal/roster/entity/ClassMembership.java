package ru.schooljournal.roster.entity;

import ru.schooljournal.school.entity.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A student's membership of a class from one day to another (open-ended while they are in it), so that
 * past journals still show who was there then.
 */
@Entity
@Table(name = "class_membership")
public class ClassMembership extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Person student;

    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected ClassMembership() {
    }

    public ClassMembership(SchoolClass schoolClass, Person student, LocalDate enrolledOn) {
        super(schoolClass.getSchool());
        this.schoolClass = schoolClass;
        this.student = student;
        this.enrolledOn = enrolledOn;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Person getStudent() {
        return student;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    /** The student left the class at the end of this day (a transfer or leaving, by an order). */
    public void leave(LocalDate lastDay) {
        this.leftOn = lastDay;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
