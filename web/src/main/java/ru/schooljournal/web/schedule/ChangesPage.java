package ru.schooljournal.web.schedule;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.curriculum.boundary.Curriculum;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.journal.boundary.DayChanges;
import ru.schooljournal.journal.boundary.DayChanges.DayLesson;
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
    private Long extraClassId;
    private Long extraSubjectId;
    private List<Curriculum.Line> extraLines = List.of();
    private List<ru.schooljournal.school.boundary.SchoolSetup.Item> classes = List.of();
    private Integer extraNumber = 7;
    private String extraRoom;
    private String extraWhy;

    @EJB
    ru.schooljournal.roster.boundary.SchoolClasses setup;

    public void load() {
        if (date == null) {
            date = ru.schooljournal.web.platform.Dates.fromAddress(dateParam, LocalDate.now());
        }
        lessons = changes.on(date);
        teachers = curriculum.teachers();
        classes = setup.classes();
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

    /** The subjects of the class chosen for an extra lesson. */
    public void onExtraClass() {
        extraLines = extraClassId == null ? List.of() : curriculum.ofClass(extraClassId);
        extraSubjectId = null;
    }

    public void addExtra() {
        if (extraSubjectId == null) {
            texts.error("schedule.noSubject");
            return;
        }
        try {
            changes.addLesson(extraSubjectId, date, extraNumber == null ? -1 : extraNumber, extraRoom, extraWhy);
            texts.info("changes.added");
            extraWhy = null;
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public Long getExtraClassId() {
        return extraClassId;
    }

    public void setExtraClassId(Long extraClassId) {
        this.extraClassId = extraClassId;
    }

    public Long getExtraSubjectId() {
        return extraSubjectId;
    }

    public void setExtraSubjectId(Long extraSubjectId) {
        this.extraSubjectId = extraSubjectId;
    }

    public List<Curriculum.Line> getExtraLines() {
        return extraLines;
    }

    public List<ru.schooljournal.school.boundary.SchoolSetup.Item> getClasses() {
        return classes;
    }

    public Integer getExtraNumber() {
        return extraNumber;
    }

    public void setExtraNumber(Integer extraNumber) {
        this.extraNumber = extraNumber;
    }

    public String getExtraRoom() {
        return extraRoom;
    }

    public void setExtraRoom(String extraRoom) {
        this.extraRoom = extraRoom;
    }

    public String getExtraWhy() {
        return extraWhy;
    }

    public void setExtraWhy(String extraWhy) {
        this.extraWhy = extraWhy;
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
