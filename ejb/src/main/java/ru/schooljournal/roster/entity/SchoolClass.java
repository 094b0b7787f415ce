package ru.schooljournal.roster.entity;

import ru.schooljournal.school.entity.SchoolOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.schooljournal.school.entity.AcademicYear;

/** A class of one academic year, e.g. «5А», with its class teacher (классный руководитель). */
@Entity
@Table(name = "school_class")
public class SchoolClass extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private AcademicYear year;

    private int grade;
    private String letter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_teacher_id")
    private Person classTeacher;

    private String room;

    protected SchoolClass() {
    }

    public SchoolClass(AcademicYear year, int grade, String letter) {
        super(year.getSchool());
        this.year = year;
        this.grade = grade;
        this.letter = letter;
    }

    public AcademicYear getYear() {
        return year;
    }

    public int getGrade() {
        return grade;
    }

    public String getLetter() {
        return letter;
    }

    public Person getClassTeacher() {
        return classTeacher;
    }

    public void setClassTeacher(Person classTeacher) {
        this.classTeacher = classTeacher;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    /** «5А». */
    public String name() {
        return grade + letter;
    }

}
