package ru.schooljournal.schedule.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.control.TimetableClash;
import ru.schooljournal.schedule.control.TimetableClash.Placed;
import ru.schooljournal.schedule.entity.TimetableSlot;
import ru.schooljournal.roster.control.PersonName;

/**
 * Composing the weekly timetable (SPEC §4; TIMETABLE_COMPOSE — the deputy by default): a lesson is put at a
 * weekday and bell only if neither the class, nor its teacher, nor the room is busy then; a clash is
 * refused with what it clashes with named. A change reaches the lessons from tomorrow on: lessons nobody
 * has written in are laid out anew (see {@link LessonCalendar#relayFromTomorrow}); past lessons stay.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class WeeklyTimetable {

    /** A lesson of a class's weekly template, for the page. */
    public record Slot(long slotId, int weekday, int number, long classSubjectId, String subject, String teacher,
                       String room, String className, Long teacherId) implements Serializable {
    }

    /** A subject of the class with its hours a week and how many of them the template has. */
    public record SubjectHours(long classSubjectId, String subject, String teacher, double hoursPerWeek, long placed)
            implements Serializable {

        public boolean complete() {
            return placed == Math.round(hoursPerWeek);
        }
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @EJB
    LessonCalendar calendar;

    /** A class's template, by weekday and bell. */
    public List<Slot> ofClass(long classId) {
        policy.check(Operation.TIMETABLE_VIEW, Target.schoolClass(classId));
        return slots("cs.schoolClass.id = :x", classId);
    }

    /** A teacher's week: every lesson of the template they give (SPEC §4: the timetable by teacher). */
    public List<Slot> ofTeacher(long personId) {
        Caller me = currentCaller.get();
        policy.check(Operation.TIMETABLE_VIEW, Target.school(me.schoolId()));
        return slots("t.id = :x and cs.school.id = " + me.schoolId(), personId);
    }

    /** A room's week: every lesson of the template held in it (SPEC §4: the timetable by room). */
    public List<Slot> ofRoom(String room) {
        Caller me = currentCaller.get();
        policy.check(Operation.TIMETABLE_VIEW, Target.school(me.schoolId()));
        return slots("lower(ts.room) = :x and cs.school.id = " + me.schoolId(),
                room == null ? "" : room.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The teacher's name for a page's title. */
    public String teacherName(long personId) {
        Caller me = currentCaller.get();
        policy.check(Operation.TIMETABLE_VIEW, Target.school(me.schoolId()));
        return em.createQuery("select p.lastName, p.firstName, p.middleName from Person p where p.id = :p and p.school.id = :s",
                        Object[].class)
                .setParameter("p", personId).setParameter("s", me.schoolId()).getResultList().stream()
                .map(r -> r[0] + " " + r[1] + (r[2] == null ? "" : " " + r[2])).findFirst()
                .orElseThrow(() -> new RuleViolation("schedule.noTeacher"));
    }

    private List<Slot> slots(String where, Object value) {
        return em.createQuery("""
                        select ts.id, ts.weekday, ts.lessonNumber, cs.id, s.name, t.lastName, t.firstName, t.middleName,
                               ts.room, cs.groupNo, c.grade, c.letter, t.id
                        from TimetableSlot ts join ts.classSubject cs join cs.schoolClass c join c.year y
                             join cs.subject s left join cs.teacher t
                        where y.current = true and """ + " " + where + """

                        order by ts.weekday, ts.lessonNumber, c.grade, c.letter, cs.groupNo""", Object[].class)
                .setParameter("x", value).getResultList().stream()
                .map(r -> new Slot((Long) r[0], (Integer) r[1], (Integer) r[2], (Long) r[3],
                        ClassSubject.label((String) r[4], (Integer) r[9]),
                        r[5] == null ? "" : PersonName.initials((String) r[5], (String) r[6], (String) r[7]), (String) r[8],
                        r[10] + (String) r[11], (Long) r[12]))
                .toList();
    }

    /** The class's subjects with their hours a week and the lessons the template has for each. */
    public List<SubjectHours> subjectsOf(long classId) {
        policy.check(Operation.TIMETABLE_VIEW, Target.schoolClass(classId));
        return em.createQuery("""
                        select cs.id, s.name, t.lastName, t.firstName, t.middleName, cs.hoursPerWeek,
                               (select count(ts) from TimetableSlot ts where ts.classSubject = cs), cs.groupNo
                        from ClassSubject cs join cs.subject s left join cs.teacher t
                        where cs.schoolClass.id = :c order by s.name, cs.groupNo""", Object[].class)
                .setParameter("c", classId).getResultList().stream()
                .map(r -> new SubjectHours((Long) r[0], ClassSubject.label((String) r[1], (Integer) r[7]),
                        r[2] == null ? "" : PersonName.initials((String) r[2], (String) r[3], (String) r[4]),
                        ((java.math.BigDecimal) r[5]).doubleValue(), (Long) r[6]))
                .toList();
    }

    /** Puts a lesson of a class's subject at a weekday (1 = Monday … 6 = Saturday) and bell. */
    public long place(long classSubjectId, int weekday, int number, String room) {
        currentCaller.get();
        ClassSubject cs = em.find(ClassSubject.class, classSubjectId);
        if (cs == null) {
            throw new RuleViolation("schedule.noSubject");
        }
        policy.check(Operation.TIMETABLE_COMPOSE, Target.school(cs.getSchool().getId()));
        if (weekday < 1 || weekday > 6) {
            throw new RuleViolation("schedule.badDay");
        }
        if (number < 0 || number > 12) {
            throw new RuleViolation("schedule.badNumber");
        }
        String theRoom = room == null || room.isBlank() ? cs.getSchoolClass().getRoom() : room.strip();
        if (theRoom != null && theRoom.length() > 20) {
            throw new RuleViolation("schedule.roomTooLong");
        }
        Placed candidate = new Placed(0, cs.getSchoolClass().getId(), cs.getSchoolClass().name(),
                ClassSubject.label(cs.getSubject().getName(), cs.getGroupNo()),
                cs.getTeacher() == null ? null : cs.getTeacher().getId(), null, theRoom, cs.getId(), cs.getGroupNo() != null);
        TimetableClash.find(candidate, sameTime(cs, weekday, number)).ifPresent(clash -> {
            throw new RuleViolation(clash.messageKey(), clash.args());
        });
        TimetableSlot slot = new TimetableSlot(cs, DayOfWeek.of(weekday), number, theRoom);
        em.persist(slot);
        em.flush();
        calendar.relayFromTomorrow(cs.getSchoolClass().getId());
        return slot.getId();
    }

    /** Takes a lesson out of the template (and its untouched lessons from tomorrow on). */
    public void remove(long slotId) {
        TimetableSlot slot = em.find(TimetableSlot.class, slotId);
        if (slot == null) {
            return;
        }
        policy.check(Operation.TIMETABLE_COMPOSE, Target.school(slot.getSchool().getId()));
        long classId = slot.getClassSubject().getSchoolClass().getId();
        em.remove(slot);
        em.flush();
        calendar.relayFromTomorrow(classId);
    }

    private List<Placed> sameTime(ClassSubject cs, int weekday, int number) {
        return em.createQuery("""
                        select ts.id, c.id, c.grade, c.letter, s.name, t.id, t.lastName, t.firstName, t.middleName, ts.room,
                               x.id, x.groupNo
                        from TimetableSlot ts join ts.classSubject x join x.schoolClass c join x.subject s
                             left join x.teacher t
                        where c.year.id = :year and ts.weekday = :day and ts.lessonNumber = :number""", Object[].class)
                .setParameter("year", cs.getSchoolClass().getYear().getId()).setParameter("day", weekday)
                .setParameter("number", number).getResultList().stream()
                .map(r -> new Placed((Long) r[0], (Long) r[1], r[2] + (String) r[3], ClassSubject.label((String) r[4],
                        (Integer) r[11]), (Long) r[5],
                        r[6] == null ? "" : PersonName.initials((String) r[6], (String) r[7], (String) r[8]), (String) r[9],
                        (Long) r[10], r[11] != null))
                .toList();
    }
}
