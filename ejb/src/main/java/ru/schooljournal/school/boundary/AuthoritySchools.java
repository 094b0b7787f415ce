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

    public String authorityName() {
        return em.createQuery("select a.name from EducationAuthority a where a.id = :id", String.class)
                .setParameter("id", myAuthority()).getSingleResult();
    }

    public List<SchoolRow> schools() {
        long authority = myAuthority();
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("""
                        select c.school.id, count(distinct c.id), count(m.id) from SchoolClass c join c.year y
                        left join ClassMembership m on m.schoolClass = c and m.leftOn is null
                        where c.school.authority.id = :a and y.current = true group by c.school.id""", Object[].class)
                .setParameter("a", authority).getResultList()
                .forEach(r -> counts.put((Long) r[0], new long[]{(Long) r[1], (Long) r[2]}));
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
        if (me.authorityId() == null) {
            throw new AccessDenied("access.denied.noAuthority", me.login());
        }
        return me.authorityId();
    }
}
