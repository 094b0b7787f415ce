package ru.schooljournal.schedule.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.schedule.entity.SchoolEvent;
import ru.schooljournal.school.entity.School;

/**
 * School and class events (SPEC §4): a school event is set by the administrator or the deputy
 * (SCHOOL_EVENTS_EDIT), a class event by the deputy for any class or the class teacher for their own
 * (CLASS_EVENTS_EDIT). Everyone on the staff sees them; the diary shows a student the school's and their
 * class's events of the week.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class Events {

    /** An event as pages show it; {@code className} is null for a school event. */
    public record Event(long id, LocalDate date, LocalTime startsAt, String title, String place, Long classId,
                        String className) implements Serializable {

        public String text() {
            return (startsAt == null ? "" : startsAt + " ") + title + (place == null ? "" : " (" + place + ")")
                    + (className == null ? "" : " — " + className);
        }
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** The school's events (school-wide and every class's) between two dates. */
    public List<Event> between(LocalDate from, LocalDate to) {
        Caller me = currentCaller.get();
        policy.check(Operation.TIMETABLE_VIEW, Target.school(me.schoolId()));
        return read(me.schoolId(), null, from, to);
    }

    /** For the diary: the school's events and one class's, between two dates (access is the diary's). */
    public List<Event> ofClass(long schoolId, long classId, LocalDate from, LocalDate to) {
        return read(schoolId, classId, from, to);
    }

    public long add(Long classId, LocalDate date, LocalTime startsAt, String title, String place) {
        Caller me = currentCaller.get();
        School school = em.find(School.class, me.schoolId());
        if (classId == null) {
            policy.check(Operation.SCHOOL_EVENTS_EDIT, Target.school(me.schoolId()));
        } else {
            SchoolClass c = em.find(SchoolClass.class, classId);
            if (c == null || !c.getSchool().getId().equals(me.schoolId())) {
                throw new RuleViolation("movement.noClass");
            }
            policy.check(Operation.CLASS_EVENTS_EDIT, Target.schoolClass(classId));
        }
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            throw new RuleViolation("events.title.required");
        }
        if (place != null && place.strip().length() > 200) {
            throw new RuleViolation("events.place.tooLong");
        }
        if (date == null || date.isBefore(LocalDate.now(school.zone()))) {
            throw new RuleViolation("events.date");
        }
        SchoolEvent e = new SchoolEvent(school, classId, date, startsAt, t,
                place == null || place.isBlank() ? null : place.strip(), me.accountId());
        em.persist(e);
        em.flush();
        return e.getId();
    }

    public void remove(long eventId) {
        Caller me = currentCaller.get();
        SchoolEvent e = em.find(SchoolEvent.class, eventId);
        if (e == null || !e.getSchool().getId().equals(me.schoolId())) {
            return;
        }
        if (e.getClassId() == null) {
            policy.check(Operation.SCHOOL_EVENTS_EDIT, Target.school(me.schoolId()));
        } else {
            policy.check(Operation.CLASS_EVENTS_EDIT, Target.schoolClass(e.getClassId()));
        }
        em.remove(e);
    }

    private List<Event> read(long schoolId, Long classId, LocalDate from, LocalDate to) {
        var query = em.createQuery("""
                        select e.id, e.date, e.startsAt, e.title, e.place, e.classId, c.grade, c.letter
                        from SchoolEvent e left join SchoolClass c on c.id = e.classId
                        where e.school.id = :s and e.date between :from and :to""" + (classId == null ? ""
                        : " and (e.classId is null or e.classId = :c)") + " order by e.date, e.startsAt, e.id",
                        Object[].class)
                .setParameter("s", schoolId).setParameter("from", from).setParameter("to", to);
        if (classId != null) {
            query.setParameter("c", classId);
        }
        return query.getResultList().stream()
                .map(r -> new Event((Long) r[0], (LocalDate) r[1], (LocalTime) r[2], (String) r[3], (String) r[4],
                        (Long) r[5], r[5] == null ? null : r[6] + (String) r[7]))
                .toList();
    }
}
