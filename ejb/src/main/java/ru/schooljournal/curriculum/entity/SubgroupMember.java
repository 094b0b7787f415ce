package ru.schooljournal.curriculum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/**
 * A student's place in one subgroup of a subject from one day to another (open-ended while they are in it).
 * A move to another group ends this row on a period's last day and cites the order that moved them.
 */
@Entity
@Table(name = "subgroup_member")
public class SubgroupMember extends SchoolOwned {

    @Column(name = "class_subject_id")
    private long classSubjectId;
    @Column(name = "student_id")
    private long studentId;
    @Column(name = "from_on")
    private LocalDate fromOn;
    @Column(name = "to_on")
    private LocalDate toOn;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "order_date")
    private LocalDate orderDate;
    @Column(name = "set_by")
    private long setBy;
    @Column(name = "set_at")
    private Instant setAt = Instant.now();

    protected SubgroupMember() {
    }

    public SubgroupMember(School school, long classSubjectId, long studentId, LocalDate fromOn, long setBy) {
        super(school);
        this.classSubjectId = classSubjectId;
        this.studentId = studentId;
        this.fromOn = fromOn;
        this.setBy = setBy;
    }

    public SubgroupMember byOrder(String number, LocalDate date) {
        this.orderNumber = number;
        this.orderDate = date;
        return this;
    }

    public long getClassSubjectId() {
        return classSubjectId;
    }

    public long getStudentId() {
        return studentId;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public LocalDate getToOn() {
        return toOn;
    }

    /** The student's last day in this group. */
    public void endOn(LocalDate lastDay) {
        this.toOn = lastDay;
    }
}
