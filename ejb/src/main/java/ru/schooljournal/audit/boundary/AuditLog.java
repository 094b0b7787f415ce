package ru.schooljournal.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.audit.entity.AuditEvent;
import ru.schooljournal.school.entity.School;

/**
 * The audit log (SPEC §3, §10): every view of someone else's card and every change, written by the business
 * methods that do them, searched by the school's administrator.
 */
@Stateless
public class AuditLog {

    public record Entry(Instant at, String login, AuditEvent.Action action, Long personId, String person,
                        String fieldGroup, String detail) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** Writes one line in the caller's name (joins the caller's transaction: no change without its line). */
    public void record(AuditEvent.Action action, long personId, String fieldGroup, String detail) {
        Caller me = currentCaller.get();
        em.persist(new AuditEvent(me.schoolId(), me.login(), action, personId, fieldGroup, detail));
    }

    /** The administrator's search: by login (exact, any case), by a person's surname (prefix), by days of the school's calendar. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Entry> search(String login, String surname, LocalDate from, LocalDate to, int limit) {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        ZoneId zone = em.find(School.class, me.schoolId()).zone();
        return em.createQuery("""
                        select e.at, e.login, e.action, e.personId, p.lastName, p.firstName, e.fieldGroup, e.detail
                        from AuditEvent e, Person p
                        where p.id = e.personId and e.schoolId = :school
                          and (:login = '' or lower(e.login) = lower(:login))
                          and (:surname = '' or lower(p.lastName) like :surnamePrefix escape '\\')
                          and e.at >= :from and e.at < :to
                        order by e.at desc""", Object[].class)
                .setParameter("school", me.schoolId())
                .setParameter("login", login == null ? "" : login.trim())
                .setParameter("surname", surname == null ? "" : surname.trim())
                .setParameter("surnamePrefix", likePrefix(surname == null ? "" : surname.trim().toLowerCase()))
                .setParameter("from", from == null ? Instant.EPOCH : from.atStartOfDay(zone).toInstant())
                .setParameter("to", to == null ? Instant.now().plusSeconds(60) : to.plusDays(1).atStartOfDay(zone).toInstant())
                .setMaxResults(limit)
                .getResultList().stream()
                .map(r -> new Entry((Instant) r[0], (String) r[1], (AuditEvent.Action) r[2], (Long) r[3],
                        r[4] + " " + r[5], (String) r[6], (String) r[7]))
                .toList();
    }

    /** A prefix for LIKE that matches what was typed literally: «%» and «_» in a surname search are letters. */
    static String likePrefix(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
