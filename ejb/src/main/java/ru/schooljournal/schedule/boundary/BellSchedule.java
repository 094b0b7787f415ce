package ru.schooljournal.schedule.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.control.BellRules;
import ru.schooljournal.school.entity.Bell;
import ru.schooljournal.school.entity.School;

/**
 * «Звонки»: the school's bell schedule (SPEC §4; TIMETABLE_COMPOSE — the administrator and the deputy).
 * The timetable, the teacher's day and the diary read lesson times from it. A bell the weekly timetable
 * still uses cannot be removed.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class BellSchedule {

    public record Line(int number, LocalTime startsAt, LocalTime endsAt) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public List<Line> lines() {
        Caller me = currentCaller.get();
        policy.check(Operation.TIMETABLE_VIEW, Target.school(me.schoolId()));
        return bells(me.schoolId()).stream().map(b -> new Line(b.getNumber(), b.getStartsAt(), b.getEndsAt())).toList();
    }

    /** Sets (or adds) lesson {@code number}'s start and end. */
    public void set(int number, LocalTime startsAt, LocalTime endsAt) {
        Caller me = currentCaller.get();
        policy.check(Operation.TIMETABLE_COMPOSE, Target.school(me.schoolId()));
        List<Bell> bells = bells(me.schoolId());
        Map<Integer, LocalTime[]> others = bells.stream().filter(b -> b.getNumber() != number)
                .collect(Collectors.toMap(Bell::getNumber, b -> new LocalTime[] {b.getStartsAt(), b.getEndsAt()}));
        BellRules.check(others, number, startsAt, endsAt).ifPresent(r -> {
            throw new RuleViolation(r.messageKey(), r.args());
        });
        bells.stream().filter(b -> b.getNumber() == number).findFirst().ifPresentOrElse(
                b -> b.setTimes(startsAt, endsAt),
                () -> em.persist(new Bell(em.find(School.class, me.schoolId()), number, startsAt, endsAt)));
        em.flush();
    }

    public void remove(int number) {
        Caller me = currentCaller.get();
        policy.check(Operation.TIMETABLE_COMPOSE, Target.school(me.schoolId()));
        long used = em.createQuery("""
                        select count(t) from TimetableSlot t where t.school.id = :s and t.lessonNumber = :n""", Long.class)
                .setParameter("s", me.schoolId()).setParameter("n", number).getSingleResult();
        if (used > 0) {
            throw new RuleViolation("bells.inUse", number, used);
        }
        bells(me.schoolId()).stream().filter(b -> b.getNumber() == number).forEach(em::remove);
        em.flush();
    }

    private List<Bell> bells(long schoolId) {
        return em.createQuery("select b from Bell b where b.school.id = :s order by b.number", Bell.class)
                .setParameter("s", schoolId).getResultList();
    }
}
