package ru.schooljournal.web.schedule;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.schooljournal.curriculum.boundary.Curriculum;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.boundary.DayChanges;
import ru.schooljournal.schedule.boundary.DayChanges.DayLesson;
import ru.schooljournal.web.platform.Texts;

/** «Замены и изменения»: the school's lessons of a day; the deputy substitutes, moves, cancels or adds one. */
@Named
@ViewScoped
public class ChangesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DayChanges changes;

    @EJB
    Curriculum curriculum;

    @Inject
    Texts texts;

    private String dateParam;
    private LocalDate date;
    private List<DayLesson> lessons = List.of();
    private List<Curriculum.Choice> teachers = List.of();
    private DayLesson selected;
    private Long teacherId;
    private Integer number;
    private String room;
    private String why;

    public void load() {
        if (date == null) {
            try {
                date = dateParam == null || dateParam.isBlank() ? LocalDate.now() : LocalDate.parse(dateParam);
            } catch (DateTimeParseException e) {
                date = LocalDate.now();
            }
        }
        lessons = changes.on(date);
        teachers = curriculum.teachers();
        if (selected != null) {
            long id = selected.lessonId();
            selected = lessons.stream().filter(l -> l.lessonId() == id).findFirst().orElse(null);
        }
    }

    public void show() {
        selected = null;
        load();
    }

    public void select(DayLesson lesson) {
        selected = lesson;
        teacherId = null;
        number = lesson.number();
        room = lesson.room();
        why = null;
    }

    public void substitute() {
        run(() -> changes.substitute(selected.lessonId(), teacherId == null ? -1 : teacherId, why), "changes.substituted");
    }

    public void move() {
        run(() -> changes.move(selected.lessonId(), number == null ? -1 : number, room, why), "changes.moved");
    }

    public void cancel() {
        run(() -> changes.cancel(selected.lessonId(), why), "changes.cancelled");
    }

    private void run(Runnable change, String done) {
        if (selected == null) {
            return;
        }
        try {
            change.run();
            texts.info(done);
            why = null;
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public String getDateParam() {
        return dateParam;
    }

    public void setDateParam(String dateParam) {
        this.dateParam = dateParam;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<DayLesson> getLessons() {
        return lessons;
    }

    public List<Curriculum.Choice> getTeachers() {
        return teachers;
    }

    public DayLesson getSelected() {
        return selected;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
