package ru.schooljournal.web.journal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.journal.boundary.TeacherDay;
import ru.schooljournal.journal.boundary.TeacherDay.DayLesson;

/** For the deputy: the lessons of the last days not filled in by the school's evening deadline. */
@Named
@RequestScoped
public class UnfilledPage {

    @EJB
    TeacherDay teacherDay;

    private List<DayLesson> lessons;

    public void load() {
        lessons = teacherDay.unfilled();
    }

    public List<DayLesson> getLessons() {
        return lessons;
    }
}
