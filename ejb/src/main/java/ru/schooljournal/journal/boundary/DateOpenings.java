package ru.schooljournal.journal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.journal.control.EditWindow;
import ru.schooljournal.journal.entity.DateOpening;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.Person;

/**
 * The administrator opens a date whose edit window has closed, for one teacher, upon their written request
 * with its reason (seed 002 §17.4, seed 003 §7.4): for the next 12 hours that teacher may correct that
 * date's marks and attendance; every correction made under it carries the request's reason in the history.
 */
@Stateless
@PermitAll // who may do what is the access matrix's (AccessPolicy), not a fixed list of roles
public class DateOpenings {

    public record Opening(String teacher, LocalDate date, String reason, String grantedBy, Instant grantedAt,
                          Instant endsAt) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public Opening open(long teacherId, LocalDate date, String reason) {
        Caller me = currentCaller.get();
        policy.check(Operation.DATE_OPENING, Target.person(teacherId));
        Person teacher = em.find(Person.class, teacherId);
        if (teacher == null || !teacher.getSchool().getId().equals(me.schoolId())) {
            throw new RuleViolation("journal.opening.noTeacher");
        }
        if (reason == null || reason.strip().length() < 5) {
            throw new RuleViolation("journal.opening.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new RuleViolation("journal.opening.reasonTooLong");
        }
        if (date == null || date.isAfter(LocalDate.now(teacher.getSchool().zone()))) {
            throw new RuleViolation("journal.opening.futureDate");
        }
        Instant now = Instant.now();
        em.persist(new DateOpening(teacher.getSchool(), teacherId, date, reason.strip(), me.accountId(), now));
        return new Opening(teacher.shortName(), date, reason.strip(), me.login(), now, now.plus(EditWindow.OPENING));
    }

    /** The openings granted in the school lately, newest first. */
    public List<Opening> recent() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            return List.of();
        }
        policy.check(Operation.DATE_OPENING, Target.school(me.schoolId()));
        return em.createQuery("""
                        select p.lastName, p.firstName, o.date, o.reason, a.login, o.grantedAt
                        from DateOpening o, Person p, Account a
                        where p.id = o.teacherId and a.id = o.grantedBy and o.school.id = :s
                        order by o.grantedAt desc""", Object[].class)
                .setParameter("s", me.schoolId()).setMaxResults(50).getResultList().stream()
                .map(r -> new Opening(r[0] + " " + r[1], (LocalDate) r[2], (String) r[3], (String) r[4], (Instant) r[5],
                        ((Instant) r[5]).plus(EditWindow.OPENING)))
                .toList();
    }
}
