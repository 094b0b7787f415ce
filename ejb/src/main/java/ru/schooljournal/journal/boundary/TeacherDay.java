package ru.schooljournal.journal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.school.entity.School;

/**
 * «Мои уроки сегодня» (SPEC §5): a teacher's lessons of a day, each one click from its journal, and the
 * lessons not filled in (no topic) by the school's evening deadline (seed 000 §4.4.1, seed 002) — flagged
 * to the teacher and listed for the deputy. Three queries each (the school, the lessons, the bells).
 */
@Stateless
@PermitAll // who may do what is the access matrix's (AccessPolicy), not a fixed list of roles
public class TeacherDay {

    /** A lesson in a teacher's day or in the deputy's list of lessons not filled in. */
    public record DayLesson(long lessonId, long classSubjectId, LocalDate date, int number, LocalTime startsAt,
                            LocalTime endsAt, String className, String subject, String teacher, String topic,
                            boolean cancelled, boolean late) implements Serializable {

        public boolean filled() {
            return topic != null || cancelled;
        }
    }

    private static final String SELECT = """
            select l.id, cs.id, l.date, l.number, c.grade, c.letter, s.name, t.lastName, t.firstName, l.topic, l.cancelled,
                   cs.groupNo
            from Lesson l, ClassSubject cs join cs.schoolClass c join cs.subject s, Person t
            where cs.id = l.classSubjectId and t.id = l.teacherId
            """;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** The signed-in teacher's lessons on a day (a substitute's lessons included), in bell order. */
    public List<DayLesson> myLessons(LocalDate day) {
        Caller me = currentCaller.get();
        if (me.personId() == null) {
            return List.of();
        }
        School school = em.find(School.class, me.schoolId());
        return rows(em.createQuery(SELECT + " and l.teacherId = :me and l.date = :day order by l.number", Object[].class)
                .setParameter("me", me.personId()).setParameter("day", day).getResultList(), school);
    }

    /** The signed-in teacher's own lessons of the last days left without a topic past the deadline. */
    public List<DayLesson> myUnfilled() {
        Caller me = currentCaller.get();
        if (me.personId() == null) {
            return List.of();
        }
        School school = em.find(School.class, me.schoolId());
        LocalDate today = LocalDate.now(school.zone());
        return rows(em.createQuery(SELECT + """
                         and l.teacherId = :me and l.date between :from and :today and l.topic is null
                         and l.cancelled = false order by l.date, l.number""", Object[].class)
                .setParameter("me", me.personId()).setParameter("from", today.minusDays(school.getEditWindowDays()))
                .setParameter("today", today).getResultList(), school).stream().filter(DayLesson::late).toList();
    }

    /** For the deputy: every lesson of the school's last days not filled in by the deadline, by date. */
    public List<DayLesson> unfilled() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null || !policy.may(Operation.JOURNAL_VIEW, Target.school(me.schoolId()))) {
            throw new AccessDenied("access.denied.matrix", me.login() + " JOURNAL_VIEW school");
        }
        School school = em.find(School.class, me.schoolId());
        LocalDate today = LocalDate.now(school.zone());
        return rows(em.createQuery(SELECT + """
                         and cs.school.id = :school and l.date between :from and :today and l.topic is null
                         and l.cancelled = false order by l.date desc, t.lastName, l.number""", Object[].class)
                .setParameter("school", me.schoolId()).setParameter("from", today.minusDays(school.getEditWindowDays()))
                .setParameter("today", today).setMaxResults(500).getResultList(), school)
                .stream().filter(DayLesson::late).toList();
    }

    private List<DayLesson> rows(List<Object[]> rows, School school) {
        Map<Integer, LocalTime[]> bells = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select b.number, b.startsAt, b.endsAt from Bell b where b.school = :school", Object[].class)
                    .setParameter("school", school).getResultList()
                    .forEach(b -> bells.put((Integer) b[0], new LocalTime[]{(LocalTime) b[1], (LocalTime) b[2]}));
        }
        ZoneId zone = school.zone();
        ZonedDateTime now = ZonedDateTime.now(zone);
        Map<LocalDate, ZonedDateTime> deadlines = new HashMap<>();
        return rows.stream().map(r -> {
            LocalDate date = (LocalDate) r[2];
            ZonedDateTime deadline = deadlines.computeIfAbsent(date, d -> d.atTime(school.getEntryDeadline()).atZone(zone));
            String topic = (String) r[9];
            boolean cancelled = (Boolean) r[10];
            boolean late = topic == null && !cancelled && now.isAfter(deadline);
            LocalTime[] bell = bells.getOrDefault((Integer) r[3], new LocalTime[2]);
            return new DayLesson((Long) r[0], (Long) r[1], date, (Integer) r[3], bell[0], bell[1],
                    r[4] + (String) r[5], ClassSubject.label((String) r[6], (Integer) r[11]), r[7] + " " + ((String) r[8]).charAt(0) + ".", topic,
                    cancelled, late);
        }).toList();
    }
}
