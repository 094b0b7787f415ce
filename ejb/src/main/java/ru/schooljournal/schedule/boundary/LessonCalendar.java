package ru.schooljournal.schedule.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lays the weekly timetable out on the calendar: a lesson for every slot of a class's subject on every
 * date of its grade's study periods (quarters, trimesters or halves — the days between them are the
 * holidays). Idempotent: a lesson already there is kept with everything written in it.
 * Called by the journal when a subject has no lessons yet, and by the demo school.
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

    private int fill(String where, long id) {
        return em.createNativeQuery("""
                        insert into lesson (school_id, class_subject_id, date, number, teacher_id, room)
                        select cs.school_id, cs.id, d.day, ts.lesson_number, cs.teacher_id, ts.room
                        from class_subject cs
                             join school_class c on c.id = cs.class_id
                             join academic_year y on y.id = c.year_id
                             join grade_period_kind g on g.year_id = y.id and g.grade = c.grade
                             join study_period p on p.year_id = y.id and p.kind = g.kind
                             join timetable_slot ts on ts.class_subject_id = cs.id
                             cross join lateral (select gs::date as day
                                                 from generate_series(p.starts_on, p.ends_on, interval '1 day') gs) d
                        where extract(isodow from d.day) = ts.weekday
                        """ + " and " + where + """

                        on conflict (class_subject_id, date, number) do nothing""")
                .setParameter(1, id)
                .executeUpdate();
    }
}
