package ru.schooljournal.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.school.boundary.SchoolSetup;
import ru.schooljournal.school.boundary.SchoolSetup.Item;
import ru.schooljournal.web.platform.Texts;

/** «Предметы и классы»: the school's subjects and this year's classes, and adding to them. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SchoolSetup setup;

    @EJB
    ru.schooljournal.roster.boundary.SchoolClasses schoolClasses;

    @Inject
    Texts texts;

    private List<Item> subjects = List.of();
    private List<Item> classes = List.of();
    private String subjectName;
    private String subjectShort;
    private int grade = 1;
    private String letter;
    private String room;

    public void load() {
        subjects = setup.subjects();
        classes = schoolClasses.classes();
    }

    public void addSubject() {
        try {
            setup.addSubject(subjectName, subjectShort);
            texts.info("setup.subjectAdded", subjectName.strip().toLowerCase());
            subjectName = null;
            subjectShort = null;
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public void addClass() {
        try {
            schoolClasses.addClass(grade, letter, room);
            texts.info("setup.classAdded", grade + (letter == null ? "" : letter.strip().toUpperCase()));
            letter = null;
            room = null;
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public List<Item> getSubjects() {
        return subjects;
    }

    public List<Item> getClasses() {
        return classes;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getSubjectShort() {
        return subjectShort;
    }

    public void setSubjectShort(String subjectShort) {
        this.subjectShort = subjectShort;
    }

    public int getGrade() {
        return grade;
    }

    public void setGrade(int grade) {
        this.grade = grade;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
