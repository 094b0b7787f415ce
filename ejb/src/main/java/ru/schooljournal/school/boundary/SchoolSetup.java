package ru.schooljournal.school.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.Subject;

/**
 * The school's reference lists (SPEC §4): subjects — full names in lower case, as in the curriculum
 * (REFERENCE_EDIT). The classes of the year are the roster's ({@code roster.boundary.SchoolClasses}).
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class SchoolSetup {

    public record Item(long id, String name, String detail) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public List<Item> subjects() {
        Caller me = currentCaller.get();
        policy.check(Operation.CURRICULUM_VIEW, Target.school(me.schoolId()));
        return em.createQuery("select s.id, s.name, s.shortName from Subject s where s.school.id = :s order by s.name",
                        Object[].class)
                .setParameter("s", me.schoolId()).getResultList().stream()
                .map(r -> new Item((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** A subject: its full name (written in lower case, as the curriculum names it) and a short name. */
    public long addSubject(String name, String shortName) {
        Caller me = currentCaller.get();
        policy.check(Operation.REFERENCE_EDIT, Target.school(me.schoolId()));
        String full = name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String brief = shortName == null || shortName.isBlank() ? full : shortName.strip();
        if (full.isEmpty() || full.length() > 200) {
            throw new RuleViolation("setup.subjectName");
        }
        if (brief.length() > 40) {
            throw new RuleViolation("setup.subjectShortName");
        }
        if (!em.createQuery("select s.id from Subject s where s.school.id = :s and s.name = :n", Long.class)
                .setParameter("s", me.schoolId()).setParameter("n", full).getResultList().isEmpty()) {
            throw new RuleViolation("setup.subjectExists", full);
        }
        Subject subject = new Subject(em.find(School.class, me.schoolId()), full, brief);
        em.persist(subject);
        em.flush();
        return subject.getId();
    }
}
