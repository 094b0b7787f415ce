package ru.schooljournal.curriculum.entity;

import ru.schooljournal.school.entity.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.school.entity.Subject;

/** A line of a class's curriculum: a subject taught in the class, its teacher and hours per week. */
@Entity
@Table(name = "class_subject")
public class ClassSubject extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id")
    private Person teacher;

    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;

    /** The group's number when the subject is taught in subgroups; null for the whole class. */
    @Column(name = "group_no")
    private Integer groupNo;

    protected ClassSubject() {
    }

    public ClassSubject(SchoolClass schoolClass, Subject subject, Person teacher, BigDecimal hoursPerWeek) {
        super(schoolClass.getSchool());
        this.schoolClass = schoolClass;
        this.subject = subject;
        this.teacher = teacher;
        this.hoursPerWeek = hoursPerWeek;
    }

    public ClassSubject(SchoolClass schoolClass, Subject subject, Person teacher, int hoursPerWeek) {
        super(schoolClass.getSchool());
        this.schoolClass = schoolClass;
        this.subject = subject;
        this.teacher = teacher;
        this.hoursPerWeek = BigDecimal.valueOf(hoursPerWeek);
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Subject getSubject() {
        return subject;
    }

    public Person getTeacher() {
        return teacher;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setTeacher(Person teacher) {
        this.teacher = teacher;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public Integer getGroupNo() {
        return groupNo;
    }

    public void setGroupNo(Integer groupNo) {
        this.groupNo = groupNo;
    }

    /** «английский язык», or «английский язык (1 гр.)» for a subgroup's journal. */
    public static String label(String subject, Integer groupNo) {
        return groupNo == null ? subject : subject + " (" + groupNo + " гр.)";
    }
}
