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
import java.util.List;
import java.util.logging.Logger;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.schedule.boundary.TimetableLesson;

/**
 * The diary (SPEC §6): read-only; who may read whose diary is the access matrix's DIARY_VIEW (by default a
 * student their own, a parent their own children's — and never more, whatever the matrix says). For now it shows the week's timetable; topics, homework and marks join it with the journal.
 */
@Stateless
@RolesAllowed({Role.Names.STUDENT, Role.Names.PARENT})
public class Diary {

    private static final Logger LOG = Logger.getLogger(Diary.class.getName());

    public record DiaryDay(LocalDate date, List<TimetableLesson> lessons) implements Serializable {
    }

    public record DiaryWeek(long studentId, String student, String className, LocalDate monday,
                            List<DiaryDay> days) implements Serializable {
    }

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
        List<TimetableLesson> lessons = membership.isEmpty() ? List.of()
                : timetable.classWeek((Long) membership.get(0)[0]);
        for (int i = 0; i < 6; i++) {
            LocalDate date = monday.plusDays(i);
            List<TimetableLesson> ofDay = lessons.stream().filter(l -> l.day() == date.getDayOfWeek()).toList();
            if (i < 5 || !ofDay.isEmpty()) {
                days.add(new DiaryDay(date, ofDay));
            }
        }
        String className = membership.isEmpty() ? null : (Integer) membership.get(0)[1] + (String) membership.get(0)[2];
        return new DiaryWeek(studentId, student.fullName(), className, monday, days);
    }
}
