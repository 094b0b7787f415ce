package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.roster.boundary.MyClasses;
import ru.schooljournal.roster.boundary.MyClasses.TeacherClass;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.schedule.boundary.TimetableLesson;
import ru.schooljournal.web.platform.Dates;

/** «Мои классы»: the teacher's classes and today's lessons. */
@Named
@RequestScoped
public class MyClassesPage {

    @EJB
    MyClasses myClasses;

    @EJB
    Timetable timetable;

    @Inject
    Dates dates;

    private List<TeacherClass> classes;
    private List<TimetableLesson> today;
    private LocalDate date;

    public void load() {
        date = timetable.today();
        classes = myClasses.classes();
        today = timetable.teacherDay(date);
    }

    public List<TeacherClass> getClasses() {
        return classes;
    }

    public List<TimetableLesson> getToday() {
        return today;
    }

    public String getDateTitle() {
        return dates.dayTitle(date);
    }
}
