package ru.schooljournal.roster.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.entity.Role;

/**
 * A parent's children. A parent sees only the children linked to them by guardianship — a hard limit
 * that no setting lifts (SPEC §2; seed 001 §3.1.3, seed 004 §3.7).
 */
@Stateless
public class Family {

    private static final Logger LOG = Logger.getLogger(Family.class.getName());

    public record Child(long personId, String fullName, String firstName, Long classId, String className,
                        String classTeacher, String relation) implements Serializable {
    }

    private static final String SELECT = """
            select p.id, p.lastName, p.firstName, p.middleName, c.id, c.grade, c.letter,
                   ct.lastName, ct.firstName, ct.middleName, g.relation
            from Guardianship g join g.child p
                 left join ClassMembership m on m.student = p and m.leftOn is null
                 left join m.schoolClass c left join c.classTeacher ct
            """;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @RolesAllowed(Role.Names.PARENT)
    public List<Child> myChildren() {
        return em.createQuery(SELECT + " where g.parent.id = :me order by p.birthDate desc, p.firstName",
                        Object[].class)
                .setParameter("me", currentCaller.get().personId())
                .getResultList().stream().map(Family::toChild).toList();
    }

    /** One of the caller's children; anyone else's child is refused. */
    @RolesAllowed(Role.Names.PARENT)
    public Child myChild(long childId) {
        Caller me = currentCaller.get();
        List<Object[]> rows = em.createQuery(SELECT + " where g.parent.id = :me and p.id = :child", Object[].class)
                .setParameter("me", me.personId())
                .setParameter("child", childId)
                .getResultList();
        if (rows.isEmpty()) {
            LOG.warning(() -> "Refused: parent " + me.login() + " asked for person " + childId + ", not their child");
            throw new AccessDenied("access.denied.notYourChild", me.login() + " -> " + childId);
        }
        return toChild(rows.get(0));
    }

    /** Whether a person is a guardian of a child (for other components that show a child's data). */
    public boolean isGuardian(long parentId, long childId) {
        return !em.createQuery("select g.id from Guardianship g where g.parent.id = :p and g.child.id = :c", Long.class)
                .setParameter("p", parentId).setParameter("c", childId).getResultList().isEmpty();
    }

    private static Child toChild(Object[] r) {
        String full = r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]);
        String className = r[4] == null ? null : (Integer) r[5] + (String) r[6];
        String teacher = r[7] == null ? null : r[7] + " " + r[8] + (r[9] == null ? "" : " " + r[9]);
        return new Child((Long) r[0], full, (String) r[2], (Long) r[4], className, teacher, String.valueOf(r[10]));
    }
}
