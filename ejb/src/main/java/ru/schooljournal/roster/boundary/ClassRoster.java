package ru.schooljournal.roster.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.roster.control.PersonName;

/** A class's list of students now, for those the matrix lets see the class's students (STUDENT_SHORT_VIEW, STUDENT_KEEP). */
@Stateless
public class ClassRoster {

    public record Student(long personId, String fullName, LocalDate birthDate) implements Serializable {
    }

    /** A subject's journal of the class, listed for those who may read the class's journals. */
    public record SubjectJournal(long classSubjectId, String subject, String teacher) implements Serializable {
    }

    public record Roster(long classId, String className, String classTeacher, Long classTeacherId,
                         List<Student> students, List<SubjectJournal> journals, boolean keeper) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @EJB
    AccessPolicy policy;

    public Roster of(long classId) {
        Target target = Target.schoolClass(classId);
        boolean keeper = policy.may(Operation.STUDENT_KEEP, target);
        if (!keeper && !policy.may(Operation.STUDENT_SHORT_VIEW, target)) {
            throw new AccessDenied("access.denied.matrix", "roster of class " + classId);
        }
        Object[] c = em.createQuery("""
                        select c.grade, c.letter, t.lastName, t.firstName, t.middleName, t.id from SchoolClass c
                        left join c.classTeacher t where c.id = :id""", Object[].class)
                .setParameter("id", classId).getSingleResult();
        List<Student> students = em.createQuery("""
                        select p.id, p.lastName, p.firstName, p.middleName, p.birthDate from ClassMembership m
                        join m.student p where m.schoolClass.id = :id and m.leftOn is null
                        order by p.lastName, p.firstName""", Object[].class)
                .setParameter("id", classId).getResultList().stream()
                .map(r -> new Student((Long) r[0], r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]), (LocalDate) r[4]))
                .toList();
        List<SubjectJournal> journals = !policy.may(Operation.JOURNAL_VIEW, target) ? List.of() : em.createQuery("""
                        select cs.id, s.name, t.lastName, t.firstName, t.middleName, cs.groupNo from ClassSubject cs
                        join cs.subject s left join cs.teacher t where cs.schoolClass.id = :id order by s.name, cs.groupNo""",
                        Object[].class)
                .setParameter("id", classId).getResultList().stream()
                .map(r -> new SubjectJournal((Long) r[0], ClassSubject.label((String) r[1], (Integer) r[5]),
                        r[2] == null ? "" : PersonName.initials((String) r[2], (String) r[3], (String) r[4])))
                .toList();
        return new Roster(classId, (Integer) c[0] + (String) c[1],
                c[2] == null ? null : c[2] + " " + c[3] + (c[4] == null ? "" : " " + c[4]), (Long) c[5], students, journals,
                keeper);
    }
}
