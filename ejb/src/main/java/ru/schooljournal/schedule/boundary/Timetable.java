package ru.schooljournal.schedule.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.roster.control.PersonName;

/**
 * The weekly timetable as its readers need it: a teacher's day, a class's week. Each read is one query
 * for the lessons plus one for the bells.
 */
@Stateless
public class Timetable {

    private static final String SELECT = """
            select ts.weekday, ts.lessonNumber, c.id, c.grade, c.letter, s.name,
                   t.lastName, t.firstName, t.middleName, ts.room
            from TimetableSlot ts join ts.classSubject cs join cs.schoolClass c join c.year y
                 join cs.subject s left join cs.teacher t
            """;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessPolicy policy;

    /** Today's date where the caller's school is. */
    public LocalDate today() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            return LocalDate.now();
        }
        return LocalDate.now(em.find(School.class, me.schoolId()).zone());
    }

    /** The signed-in teacher's lessons on a day, in bell order. */
    @RolesAllowed(Role.Names.TEACHER)
    public List<TimetableLesson> teacherDay(LocalDate day) {
        Caller me = currentCaller.get();
        if (!policy.mayAtAll(Operation.TIMETABLE_VIEW)) {
            throw new AccessDenied("access.denied.matrix", me.login() + " TIMETABLE_VIEW");
        }
        List<Object[]> rows = em.createQuery(SELECT + """
                        where t.id = :me and ts.weekday = :weekday and y.current = true
                        order by ts.lessonNumber""", Object[].class)
                .setParameter("me", me.personId())
                .setParameter("weekday", day.getDayOfWeek().getValue())
                .getResultList();
        return toLessons(me.schoolId(), rows);
    }

    /**
     * A class's week. Not for direct use by pages: the diary and the journal call it after deciding that
     * the caller may see this class.
     */
    public List<TimetableLesson> classWeek(long classId) {
        List<Object[]> rows = em.createQuery(SELECT + """
                        where c.id = :classId order by ts.weekday, ts.lessonNumber""", Object[].class)
                .setParameter("classId", classId)
                .getResultList();
        Long schoolId = em.createQuery("select c.school.id from SchoolClass c where c.id = :id", Long.class)
                .setParameter("id", classId).getSingleResult();
        return toLessons(schoolId, rows);
    }

    private List<TimetableLesson> toLessons(Long schoolId, List<Object[]> rows) {
        Map<Integer, LocalTime[]> bells = new HashMap<>();
        if (schoolId != null && !rows.isEmpty()) {
            em.createQuery("select b.number, b.startsAt, b.endsAt from Bell b where b.school.id = :school",
                            Object[].class)
                    .setParameter("school", schoolId)
                    .getResultList()
                    .forEach(b -> bells.put((Integer) b[0], new LocalTime[]{(LocalTime) b[1], (LocalTime) b[2]}));
        }
        return rows.stream().map(r -> {
            LocalTime[] bell = bells.getOrDefault((Integer) r[1], new LocalTime[2]);
            String teacher = r[6] == null ? "" : PersonName.initials((String) r[6], (String) r[7], (String) r[8]);
            return new TimetableLesson(DayOfWeek.of((Integer) r[0]), (Integer) r[1], bell[0], bell[1], (Long) r[2],
                    (Integer) r[3] + (String) r[4], (String) r[5], teacher, (String) r[9]);
        }).toList();
    }

}
