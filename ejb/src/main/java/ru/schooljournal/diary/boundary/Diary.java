package ru.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.journal.control.Cell;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.schedule.boundary.Events;
import ru.schooljournal.schedule.boundary.TimetableLesson;
import ru.schooljournal.roster.control.PersonName;

/**
 * The diary (SPEC §6): read-only; who may read whose diary is the access matrix's DIARY_VIEW (by default a
 * student their own, a parent their own children's — and never more, whatever the matrix says). It shows the week's lessons with their topics, homework, the student's marks (with what they were for) and absences; before the journal has the week's lessons, the timetable.
 */
@Stateless
@RolesAllowed({Role.Names.STUDENT, Role.Names.PARENT})
public class Diary {

    private static final Logger LOG = Logger.getLogger(Diary.class.getName());

    /**
     * A lesson in the diary: when and what, and once the journal has it, its topic, the homework set for it,
     * the student's marks at it (each with its work type) and their absence or lateness.
     */
    public record DiaryLesson(int number, LocalTime startsAt, LocalTime endsAt, String subject, String teacher,
                              String room, String topic, String homework, List<String> marks, String attendance)
            implements Serializable {
    }

    public record DiaryDay(LocalDate date, List<DiaryLesson> lessons, List<String> events) implements Serializable {
    }

    public record DiaryWeek(long studentId, String student, String className, LocalDate monday,
                            List<DiaryDay> days) implements Serializable {
    }

    @EJB
    Events events;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @EJB
    Timetable timetable;

    /** The student the signed-in student is, for their own diary. */
    public long myStudentId() {
        Caller me = currentCaller.get();
        if (!me.has(Role.STUDENT) || me.personId() == null) {
            throw new AccessDenied("access.denied.notAStudent", me.login());
        }
        return me.personId();
    }

    /** The week containing {@code day} in a student's diary: the student themselves or their parent only. */
    public DiaryWeek week(long studentId, LocalDate day) {
        Caller me = currentCaller.get();
        if (!policy.may(Operation.DIARY_VIEW, Target.student(studentId))) {
            LOG.warning(() -> "Refused: " + me.login() + " asked for the diary of person " + studentId);
            throw new AccessDenied("access.denied.notYourDiary", me.login() + " -> " + studentId);
        }
        Person student = em.find(Person.class, studentId);
        List<Object[]> membership = em.createQuery("""
                        select c.id, c.grade, c.letter from ClassMembership m join m.schoolClass c join c.year y
                        where m.student.id = :student and m.leftOn is null and y.current = true""", Object[].class)
                .setParameter("student", studentId)
                .getResultList();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<DiaryDay> days = new ArrayList<>();
        Map<LocalDate, List<DiaryLesson>> journal = membership.isEmpty() ? Map.of()
                : journalWeek((Long) membership.get(0)[0], studentId, monday);
        List<TimetableLesson> template = membership.isEmpty() || !journal.isEmpty() ? List.of()
                : timetable.classWeek((Long) membership.get(0)[0]);
        List<Events.Event> events = membership.isEmpty() ? List.of()
                : this.events.ofClass(student.getSchool().getId(), (Long) membership.get(0)[0], monday, monday.plusDays(6));
        for (int i = 0; i < 6; i++) {
            LocalDate date = monday.plusDays(i);
            List<DiaryLesson> ofDay = journal.isEmpty()
                    ? template.stream().filter(l -> l.day() == date.getDayOfWeek())
                            .map(l -> new DiaryLesson(l.number(), l.startsAt(), l.endsAt(), l.subject(), l.teacher(),
                                    l.room(), null, null, List.of(), null)).toList()
                    : journal.getOrDefault(date, List.of());
            List<String> ofDayEvents = events.stream().filter(e -> e.date().equals(date)).map(Events.Event::text).toList();
            if (i < 5 || !ofDay.isEmpty() || !ofDayEvents.isEmpty()) {
                days.add(new DiaryDay(date, ofDay, ofDayEvents));
            }
        }
        String className = membership.isEmpty() ? null : (Integer) membership.get(0)[1] + (String) membership.get(0)[2];
        return new DiaryWeek(studentId, student.fullName(), className, monday, days);
    }

    /**
     * The week's lessons of the student's class as the journal has them (none before the lessons are laid
     * out): four queries — the lessons, the bells, the student's marks and their attendance.
     */
    private Map<LocalDate, List<DiaryLesson>> journalWeek(long classId, long studentId, LocalDate monday) {
        LocalDate saturday = monday.plusDays(5);
        List<Object[]> lessons = em.createQuery("""
                        select l.id, l.date, l.number, s.name, t.lastName, t.firstName, t.middleName, l.room, l.topic,
                               l.homework, l.cancelled, cs.school.id
                        from Lesson l, ClassSubject cs join cs.subject s, Person t
                        where cs.id = l.classSubjectId and t.id = l.teacherId and cs.schoolClass.id = :c
                          and l.date between :from and :to
                          and (cs.groupNo is null or exists (select g.id from SubgroupMember g
                               where g.classSubjectId = cs.id and g.studentId = :s and g.fromOn <= l.date
                                 and (g.toOn is null or g.toOn >= l.date)))
                        order by l.date, l.number""", Object[].class)
                .setParameter("c", classId).setParameter("s", studentId).setParameter("from", monday).setParameter("to", saturday)
                .getResultList();
        Map<LocalDate, List<DiaryLesson>> byDay = new LinkedHashMap<>();
        if (lessons.isEmpty()) {
            return byDay;
        }
        Map<Integer, LocalTime[]> bells = new HashMap<>();
        em.createQuery("select b.number, b.startsAt, b.endsAt from Bell b where b.school.id = :s", Object[].class)
                .setParameter("s", lessons.get(0)[11]).getResultList()
                .forEach(b -> bells.put((Integer) b[0], new LocalTime[]{(LocalTime) b[1], (LocalTime) b[2]}));
        Map<Long, List<String>> marks = new HashMap<>();
        em.createQuery("""
                        select m.lessonId, m.value, w.name from Mark m, WorkType w, Lesson l, ClassSubject cs
                        where w.id = m.workTypeId and l.id = m.lessonId and cs.id = l.classSubjectId
                          and cs.schoolClass.id = :c and m.studentId = :s and l.date between :from and :to
                        order by m.position, m.id""", Object[].class)
                .setParameter("c", classId).setParameter("s", studentId).setParameter("from", monday)
                .setParameter("to", saturday).getResultList()
                .forEach(m -> marks.computeIfAbsent((Long) m[0], k -> new ArrayList<>()).add(m[1] + " (" + m[2] + ")"));
        Map<Long, String> attendance = new HashMap<>();
        em.createQuery("""
                        select a.lessonId, a.kind, a.reason from Attendance a, Lesson l, ClassSubject cs
                        where l.id = a.lessonId and cs.id = l.classSubjectId and cs.schoolClass.id = :c
                          and a.studentId = :s and l.date between :from and :to""", Object[].class)
                .setParameter("c", classId).setParameter("s", studentId).setParameter("from", monday)
                .setParameter("to", saturday).getResultList()
                .forEach(a -> attendance.put((Long) a[0], Cell.attendanceText((Attendance.Kind) a[1], (Attendance.Reason) a[2])));
        for (Object[] l : lessons) {
            long id = (Long) l[0];
            LocalTime[] bell = bells.getOrDefault((Integer) l[2], new LocalTime[2]);
            byDay.computeIfAbsent((LocalDate) l[1], d -> new ArrayList<>()).add(new DiaryLesson((Integer) l[2], bell[0],
                    bell[1], (String) l[3], PersonName.initials((String) l[4], (String) l[5], (String) l[6]),
                    (String) l[7], (Boolean) l[10] ? null : (String) l[8], (String) l[9],
                    marks.getOrDefault(id, List.of()), attendance.get(id)));
        }
        return byDay;
    }
}
