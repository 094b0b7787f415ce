package ru.schooljournal.journal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.journal.control.CancelRule;
import ru.schooljournal.journal.control.JournalHistory;
import ru.schooljournal.journal.entity.JournalChange;
import ru.schooljournal.journal.entity.Lesson;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.control.TimetableClash;
import ru.schooljournal.schedule.control.TimetableClash.Placed;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.roster.control.PersonName;

/**
 * One-off changes of the timetable on a date (SPEC §4; TIMETABLE_COMPOSE — the deputy): a substitute
 * teacher, a lesson moved to another bell or room, a lesson cancelled, an extra lesson. Each is checked for
 * clashes on that date as the weekly template is (a class, a teacher, a room once at a time; groups may share
 * a time), needs a reason, is kept in the journal's history, and survives laying the lessons out again. Only
 * today's and later lessons change: the past is the journal's record. The substitute keeps the journal of the
 * lessons they give, and their «Мои уроки сегодня» and the diary show them.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class DayChanges {

    /** A lesson of the day as the deputy sees it. */
    public record DayLesson(long lessonId, long classId, String className, String subject, int number, Long teacherId,
                            String teacher, String room, boolean cancelled, String changeNote, Integer movedFrom)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** Every lesson of the school on a date, by class and bell. */
    public List<DayLesson> on(LocalDate date) {
        Caller me = currentCaller.get();
        policy.check(Operation.TIMETABLE_VIEW, Target.school(me.schoolId()));
        List<Object[]> rows = em.createQuery("""
                        select l.id, c.id, c.grade, c.letter, s.name, cs.groupNo, l.number, l.teacherId, l.room,
                               l.cancelled, l.changeNote, l.movedFrom
                        from Lesson l, ClassSubject cs join cs.schoolClass c join cs.subject s
                        where cs.id = l.classSubjectId and l.school.id = :s and l.date = :d
                        order by c.grade, c.letter, l.number, cs.groupNo""", Object[].class)
                .setParameter("s", me.schoolId()).setParameter("d", date).getResultList();
        Map<Long, String> names = teacherNames(rows.stream().map(r -> (Long) r[7]).toList());
        return rows.stream().map(r -> new DayLesson((Long) r[0], (Long) r[1], r[2] + (String) r[3],
                ClassSubject.label((String) r[4], (Integer) r[5]), (Integer) r[6], (Long) r[7],
                r[7] == null ? "" : names.getOrDefault((Long) r[7], ""), (String) r[8], (Boolean) r[9], (String) r[10],
                (Integer) r[11])).toList();
    }

    /** Another teacher gives the lesson. */
    public void substitute(long lessonId, long teacherId, String why) {
        Caller me = currentCaller.get();
        Lesson lesson = changeable(lessonId, why);
        if (Long.valueOf(teacherId).equals(lesson.getTeacherId())) {
            throw new RuleViolation("changes.sameTeacher");
        }
        String name = teacherName(teacherId, lesson.getSchool());
        ClassSubject cs = em.find(ClassSubject.class, lesson.getClassSubjectId());
        clash(lesson, cs, lesson.getNumber(), teacherId, lesson.getRoom());
        String before = lesson.getTeacherId() == null ? "" : teacherNames(List.of(lesson.getTeacherId())).get(lesson.getTeacherId());
        lesson.setTeacherId(teacherId);
        lesson.setChangeNote("Замена: " + why.strip());
        history(lesson, JournalChange.Field.TEACHER, before, name, why, me);
    }

    /** The lesson goes to another bell and/or room on its day. */
    public void move(long lessonId, int number, String room, String why) {
        Caller me = currentCaller.get();
        Lesson lesson = changeable(lessonId, why);
        if (number < 0 || number > 12) {
            throw new RuleViolation("schedule.badNumber");
        }
        String theRoom = room == null || room.isBlank() ? lesson.getRoom() : room.strip();
        if (theRoom != null && theRoom.length() > 20) {
            throw new RuleViolation("schedule.roomTooLong");
        }
        if (number == lesson.getNumber() && java.util.Objects.equals(theRoom, lesson.getRoom())) {
            throw new RuleViolation("changes.nothingChanged");
        }
        ClassSubject cs = em.find(ClassSubject.class, lesson.getClassSubjectId());
        clash(lesson, cs, number, lesson.getTeacherId(), theRoom);
        String before = time(lesson.getNumber(), lesson.getRoom());
        lesson.moveTo(number, theRoom);
        lesson.setChangeNote("Перенос: " + why.strip());
        history(lesson, JournalChange.Field.TIME, before, time(number, theRoom), why, me);
    }

    /** The lesson does not take place; refused once marks or absences are written in it. */
    public void cancel(long lessonId, String why) {
        Caller me = currentCaller.get();
        Lesson lesson = changeable(lessonId, why);
        if (lesson.isCancelled()) {
            throw new RuleViolation("changes.alreadyCancelled");
        }
        CancelRule.require(em, lessonId);
        lesson.setCancelled(true);
        lesson.setChangeNote("Отменён: " + why.strip());
        new JournalHistory(em).cancelled(lesson, false, true, why, me.accountId());
        em.flush();
    }

    /** An extra lesson of a class's subject on a date (the subject's teacher gives it). */
    public long addLesson(long classSubjectId, LocalDate date, int number, String room, String why) {
        Caller me = currentCaller.get();
        ClassSubject cs = em.find(ClassSubject.class, classSubjectId);
        if (cs == null) {
            throw new RuleViolation("schedule.noSubject");
        }
        policy.check(Operation.TIMETABLE_COMPOSE, Target.school(cs.getSchool().getId()));
        reason(why);
        LocalDate today = LocalDate.now(cs.getSchool().zone());
        if (date == null || date.isBefore(today) || date.isBefore(cs.getSchoolClass().getYear().getStartsOn())
                || date.isAfter(cs.getSchoolClass().getYear().getEndsOn())) {
            throw new RuleViolation("changes.dateOutside", cs.getSchoolClass().getYear().getName());
        }
        if (number < 0 || number > 12) {
            throw new RuleViolation("schedule.badNumber");
        }
        String theRoom = room == null || room.isBlank() ? cs.getSchoolClass().getRoom() : room.strip();
        Long teacher = cs.getTeacher() == null ? null : cs.getTeacher().getId();
        Lesson lesson = new Lesson(cs.getSchool(), classSubjectId, date, number, teacher);
        clash(lesson, cs, number, teacher, theRoom);
        lesson.moveTo(number, theRoom);
        lesson.setChangeNote("Дополнительный урок: " + why.strip());
        em.persist(lesson);
        em.flush();
        history(lesson, JournalChange.Field.TIME, "", time(number, theRoom), why, me);
        return lesson.getId();
    }

    private Lesson changeable(long lessonId, String why) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null) {
            throw new RuleViolation("journal.lessonNotFound");
        }
        policy.check(Operation.TIMETABLE_COMPOSE, Target.school(lesson.getSchool().getId()));
        reason(why);
        if (lesson.getDate().isBefore(LocalDate.now(lesson.getSchool().zone()))) {
            throw new RuleViolation("changes.past");
        }
        return lesson;
    }

    private static void reason(String why) {
        if (why == null || why.isBlank() || why.strip().length() > 250) {
            throw new RuleViolation("changes.reason");
        }
    }

    /** Refuses a clash at {@code number} on the lesson's date with the other lessons then (cancelled ones aside). */
    private void clash(Lesson lesson, ClassSubject cs, int number, Long teacherId, String room) {
        List<Object[]> rows = em.createQuery("""
                        select l.id, c.id, c.grade, c.letter, s.name, cs.groupNo, l.teacherId, l.room, cs.id
                        from Lesson l, ClassSubject cs join cs.schoolClass c join cs.subject s
                        where cs.id = l.classSubjectId and l.school = :s and l.date = :d and l.number = :n
                          and l.cancelled = false""", Object[].class)
                .setParameter("s", lesson.getSchool()).setParameter("d", lesson.getDate()).setParameter("n", number)
                .getResultList();
        Map<Long, String> names = teacherNames(rows.stream().map(r -> (Long) r[6]).toList());
        List<Placed> sameTime = rows.stream()
                .filter(r -> lesson.getId() == null || !lesson.getId().equals(r[0]))
                .map(r -> new Placed((Long) r[0], (Long) r[1], r[2] + (String) r[3],
                        ClassSubject.label((String) r[4], (Integer) r[5]), (Long) r[6],
                        r[6] == null ? "" : names.getOrDefault((Long) r[6], ""), (String) r[7], (Long) r[8], r[5] != null))
                .toList();
        Placed candidate = new Placed(-1, cs.getSchoolClass().getId(), cs.getSchoolClass().name(),
                ClassSubject.label(cs.getSubject().getName(), cs.getGroupNo()), teacherId, null, room, cs.getId(),
                cs.getGroupNo() != null);
        TimetableClash.find(candidate, sameTime).ifPresent(c -> {
            throw new RuleViolation(c.messageKey(), c.args());
        });
    }

    private void history(Lesson lesson, JournalChange.Field field, String before, String after, String why, Caller me) {
        new JournalHistory(em).lesson(lesson, field, before, after, why, me.accountId());
        em.flush();
    }

    private String teacherName(long personId, School school) {
        List<Object[]> found = em.createQuery("""
                        select p.lastName, p.firstName, p.middleName from Account a join a.roles r, Person p
                        where p.id = a.personId and p.id = :p and p.school = :s and r = :role""", Object[].class)
                .setParameter("p", personId).setParameter("s", school).setParameter("role", Role.TEACHER)
                .setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            throw new RuleViolation("curriculum.notATeacher");
        }
        return PersonName.initials((String) found.get(0)[0], (String) found.get(0)[1], (String) found.get(0)[2]);
    }

    private Map<Long, String> teacherNames(List<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            em.createQuery("select p.id, p.lastName, p.firstName, p.middleName from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", wanted).getResultList()
                    .forEach(r -> names.put((Long) r[0], PersonName.initials((String) r[1], (String) r[2], (String) r[3])));
        }
        return names;
    }

    private static String time(int number, String room) {
        return number + "-й урок" + (room == null ? "" : ", каб. " + room);
    }
}
