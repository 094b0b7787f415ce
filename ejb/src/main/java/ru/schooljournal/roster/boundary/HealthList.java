package ru.schooljournal.roster.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.audit.boundary.AuditLog;
import ru.schooljournal.audit.entity.AuditEvent;
import ru.schooljournal.platform.RuleViolation;

/**
 * The class list for the nurse (SPEC §3): full name, date of birth, health group and PE group of every
 * student now in the class. Medical data: only for those who may see the medical field group
 * (STUDENT_MED_EDIT or STUDENT_KEEP), and every export is in the audit log, student by student.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class HealthList {

    public record Line(String fullName, LocalDate birthDate, String healthGroup, String peGroup) implements Serializable {
    }

    public record ClassHealth(String className, List<Line> lines) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @EJB
    AccessPolicy policy;

    @EJB
    AuditLog audit;

    public ClassHealth ofClass(long classId) {
        Target target = Target.schoolClass(classId);
        if (!policy.may(Operation.STUDENT_MED_EDIT, target) && !policy.may(Operation.STUDENT_KEEP, target)) {
            throw new AccessDenied("access.denied.matrix", "health list of class " + classId);
        }
        List<Object[]> cls = em.createQuery("select c.grade, c.letter from SchoolClass c where c.id = :id", Object[].class)
                .setParameter("id", classId).getResultList();
        if (cls.isEmpty()) {
            throw new RuleViolation("movement.noClass");
        }
        String className = cls.get(0)[0] + (String) cls.get(0)[1];
        List<Object[]> rows = em.createQuery("""
                        select p.id, p.lastName, p.firstName, p.middleName, p.birthDate
                        from ClassMembership m join m.student p
                        where m.schoolClass.id = :c and m.leftOn is null order by p.lastName, p.firstName""", Object[].class)
                .setParameter("c", classId).getResultList();
        Map<Long, String[]> medical = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select mc.personId, mc.healthGroup, mc.peGroup from MedicalCard mc where mc.personId in :ids",
                            Object[].class)
                    .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList()
                    .forEach(r -> medical.put((Long) r[0], new String[]{(String) r[1], (String) r[2]}));
        }
        for (Object[] r : rows) {
            audit.record(AuditEvent.Action.EXPORT_LIST, (Long) r[0], "MEDICAL", "список класса " + className);
        }
        return new ClassHealth(className, rows.stream().map(r -> {
            String[] m = medical.getOrDefault((Long) r[0], new String[2]);
            return new Line(r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]), (LocalDate) r[4], m[0], m[1]);
        }).toList());
    }
}
