package ru.schooljournal.web.schedule;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.boundary.Events;
import ru.schooljournal.school.boundary.SchoolSetup;
import ru.schooljournal.web.platform.Texts;

/** «События»: the school's and classes' events of the next weeks; adding one (school-wide or for a class). */
@Named
@ViewScoped
public class EventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Events events;

    @EJB
    ru.schooljournal.roster.boundary.SchoolClasses setup;

    @Inject
    Texts texts;

    private List<Events.Event> list = List.of();
    private List<SchoolSetup.Item> classes = List.of();
    private Long classId;
    private LocalDate date;
    private String time;
    private String title;
    private String place;

    public void load() {
        LocalDate today = LocalDate.now();
        list = events.between(today, today.plusDays(90));
        classes = setup.classes();
    }

    public void add() {
        try {
            events.add(classId, date, BellsPage.time(time), title, place);
            texts.info("events.added");
            title = null;
            place = null;
            time = null;
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public void remove(long id) {
        try {
            events.remove(id);
            texts.info("events.removed");
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public List<Events.Event> getList() {
        return list;
    }

    public List<SchoolSetup.Item> getClasses() {
        return classes;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
