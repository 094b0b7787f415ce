package ru.schooljournal.roster.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.entity.Role;

/**
 * A parent's children. A parent sees only the children linked to them by guardianship — a hard limit
 * that no setting lifts (SPEC §2; seed 001 §3.1.3, seed 004 §3.7).
 */
@Stateless
public class Family {

    public record Child(long personId, String fullName, String firstName, Long classId, String className,
                        String classTeacher, String relation) implements Serializable {
    }

    private static final String CHILDREN = """
            select p.id, p.lastName, p.firstName, p.middleName, g.relation
            from Guardianship g join g.child p
            """;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @RolesAllowed(Role.Names.PARENT)
    public List<Child> myChildren() {
        return withClasses(em.createQuery(CHILDREN + " where g.parent.id = :me order by p.birthDate desc, p.firstName",
                        Object[].class)
                .setParameter("me", currentCaller.get().personId())
                .getResultList());
    }

    /** The children with their current class and class teacher: one more query for all of them. */
    private List<Child> withClasses(List<Object[]> children) {
        Map<Long, Object[]> classes = new HashMap<>();
        if (!children.isEmpty()) {
            em.createQuery("""
                            select m.student.id, c.id, c.grade, c.letter, ct.lastName, ct.firstName, ct.middleName
                            from ClassMembership m join m.schoolClass c join c.year y left join c.classTeacher ct
                            where m.student.id in :ids and m.leftOn is null and y.current = true""", Object[].class)
                    .setParameter("ids", children.stream().map(r -> (Long) r[0]).toList())
                    .getResultList()
                    .forEach(r -> classes.put((Long) r[0], r));
        }
        return children.stream().map(r -> {
            Object[] c = classes.get((Long) r[0]);
            String full = r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]);
            String className = c == null ? null : (Integer) c[2] + (String) c[3];
            String teacher = c == null || c[4] == null ? null : c[4] + " " + c[5] + (c[6] == null ? "" : " " + c[6]);
            return new Child((Long) r[0], full, (String) r[2], c == null ? null : (Long) c[1], className, teacher,
                    String.valueOf(r[4]));
        }).toList();
    }
}
