package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.roster.boundary.MyClasses;
import ru.schooljournal.roster.boundary.MyClasses.TeacherClass;
import ru.schooljournal.journal.boundary.TeacherDay;
import ru.schooljournal.journal.boundary.TeacherDay.DayLesson;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.web.platform.Dates;

/**
 * «Мои классы»: the teacher's lessons today («Мои уроки сегодня», each one click from its journal), their
 * lessons left unfilled past the evening deadline, and their classes with the journals they open.
 */
@Named
@RequestScoped
public class MyClassesPage {

    @EJB
    MyClasses myClasses;

    @EJB
    Timetable timetable;

    @EJB
    TeacherDay teacherDay;

    @Inject
    Dates dates;

    private List<TeacherClass> classes;
    private List<DayLesson> today;
    private List<DayLesson> unfilled;
    private LocalDate date;

    public void load() {
        date = timetable.today();
        classes = myClasses.classes();
        today = teacherDay.myLessons(date);
        unfilled = teacherDay.myUnfilled();
    }

    public List<TeacherClass> getClasses() {
        return classes;
    }

    public List<DayLesson> getToday() {
        return today;
    }

    public List<DayLesson> getUnfilled() {
        return unfilled;
    }

    public String getDateTitle() {
        return dates.dayTitle(date);
    }
}
