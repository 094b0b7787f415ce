package ru.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;

/** An education authority's read-only view of its schools (SPEC §1, scope SCHOOLS). */
@Stateless
@RolesAllowed(Role.Names.AUTHORITY)
public class AuthoritySchools {

    public record SchoolRow(long schoolId, String name, long classes, long students) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessPolicy policy;

    public String authorityName() {
        return em.createQuery("select a.name from EducationAuthority a where a.id = :id", String.class)
                .setParameter("id", myAuthority()).getSingleResult();
    }

    public List<SchoolRow> schools() {
        long authority = myAuthority();
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("""
                        select c.school.id, count(c) from SchoolClass c join c.year y
                        where c.school.authority.id = :a and y.current = true group by c.school.id""", Object[].class)
                .setParameter("a", authority).getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new long[2])[0] = (Long) r[1]);
        em.createQuery("""
                        select c.school.id, count(m) from ClassMembership m join m.schoolClass c join c.year y
                        where c.school.authority.id = :a and y.current = true and m.leftOn is null
                        group by c.school.id""", Object[].class)
                .setParameter("a", authority).getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new long[2])[1] = (Long) r[1]);
        return em.createQuery("select s.id, s.shortName from School s where s.authority.id = :a order by s.shortName",
                        Object[].class)
                .setParameter("a", authority).getResultList().stream()
                .map(r -> {
                    long[] c = counts.getOrDefault((Long) r[0], new long[2]);
                    return new SchoolRow((Long) r[0], (String) r[1], c[0], c[1]);
                }).toList();
    }

    private long myAuthority() {
        Caller me = currentCaller.get();
        if (me.authorityId() == null || !policy.mayAtAll(Operation.REPORTS_CROSS_SCHOOL)) {
            throw new AccessDenied("access.denied.noAuthority", me.login());
        }
        return me.authorityId();
    }
}
