package ru.schooljournal.schedule.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lays the weekly timetable out on the calendar: a lesson for every slot of a class's subject on every
 * date of its grade's study periods (quarters, trimesters or halves — the days between them are the
 * holidays), except the school's days off, and with a moved day taking the timetable of the weekday it
 * works as. Idempotent: a lesson already there is kept with everything written in it, and a lesson the
 * deputy changed for its day (a substitute, another bell, cancelled — see {@code DayChanges}) is kept and
 * not laid out again at its template's bell.
 * Called by the journal when a subject has no lessons yet, by the demo school, and after the weekly
 * timetable changes (for the days to come only).
 */
@Stateless
@PermitAll
public class LessonCalendar {

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    /** Adds the missing lessons of one class's subject for its year; returns how many were added. */
    public int fillFromTimetable(long classSubjectId) {
        return fill("cs.id = ?1", classSubjectId);
    }

    /** Adds the missing lessons of every subject of a school's current year. */
    public int fillSchoolYear(long schoolId) {
        return fill("cs.school_id = ?1 and y.current", schoolId);
    }

    /**
     * After the class's weekly template changed: its lessons from tomorrow (in the school's time zone) that
     * nobody has written in or changed for the day — no topic, marks, absences, one-off change, nor any change
     * in the history (homework set by a teacher is in it) — are laid out anew from the template; the others and everything up to today stay
     * as they are. Returns lessons added.
     */
    public int relayFromTomorrow(long classId) {
        em.createNativeQuery("""
                        delete from lesson l using class_subject cs, school s
                        where cs.id = l.class_subject_id and s.id = cs.school_id and cs.class_id = ?1
                          and l.date > (now() at time zone s.time_zone)::date
                          and l.topic is null and l.change_note is null
                          and not exists (select 1 from mark m where m.lesson_id = l.id)
                          and not exists (select 1 from attendance a where a.lesson_id = l.id)
                          and not exists (select 1 from journal_change j where j.lesson_id = l.id)""")
                .setParameter(1, classId).executeUpdate();
        return fill("cs.class_id = ?1 and d.day > (now() at time zone sc.time_zone)::date", classId);
    }

    /** After the school's calendar changed: every class's untouched lessons from tomorrow laid out anew. */
    public int relaySchoolFromTomorrow(long schoolId) {
        int added = 0;
        for (Long classId : em.createQuery(
                        "select c.id from SchoolClass c where c.school.id = :s and c.year.current = true", Long.class)
                .setParameter("s", schoolId).getResultList()) {
            added += relayFromTomorrow(classId);
        }
        return added;
    }

    private int fill(String where, long id) {
        return em.createNativeQuery("""
                        insert into lesson (school_id, class_subject_id, date, number, teacher_id, room)
                        select cs.school_id, cs.id, d.day, ts.lesson_number, cs.teacher_id, ts.room
                        from class_subject cs
                             join school sc on sc.id = cs.school_id
                             join school_class c on c.id = cs.class_id
                             join academic_year y on y.id = c.year_id
                             join grade_period_kind g on g.year_id = y.id and g.grade = c.grade
                             join study_period p on p.year_id = y.id and p.kind = g.kind
                             join timetable_slot ts on ts.class_subject_id = cs.id
                             cross join lateral (select gs::date as day
                                                 from generate_series(p.starts_on, p.ends_on, interval '1 day') gs) d
                             left join calendar_day cd on cd.school_id = cs.school_id and cd.date = d.day
                        where coalesce(cd.works_as, extract(isodow from d.day)::int) = ts.weekday
                          and (cd.kind is null or cd.kind = 'WORKS_AS')
                          and not exists (select 1 from lesson x where x.class_subject_id = cs.id and x.date = d.day
                                          and x.moved_from = ts.lesson_number)
                        """ + " and " + where + """

                        on conflict (class_subject_id, date, number) do nothing""")
                .setParameter(1, id)
                .executeUpdate();
    }
}
