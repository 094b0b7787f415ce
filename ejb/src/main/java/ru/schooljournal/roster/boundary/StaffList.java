package ru.schooljournal.roster.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;

/** The school's staff with their positions (STAFF_SHORT_VIEW), each a way to their card. */
@Stateless
public class StaffList {

    public record Member(long personId, String fullName, String position, String phone, String email)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public List<Member> staff() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        policy.check(Operation.STAFF_SHORT_VIEW, Target.school(me.schoolId()));
        return em.createQuery("""
                        select p.id, p.lastName, p.firstName, p.middleName, p.position, p.phone, p.email from Person p
                        where p.school.id = :s and p.position is not null order by p.lastName, p.firstName""",
                        Object[].class)
                .setParameter("s", me.schoolId()).getResultList().stream()
                .map(r -> new Member((Long) r[0], r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]), (String) r[4],
                        (String) r[5], (String) r[6]))
                .toList();
    }
}
