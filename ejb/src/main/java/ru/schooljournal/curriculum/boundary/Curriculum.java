package ru.schooljournal.curriculum.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.school.entity.Subject;
import ru.schooljournal.roster.control.PersonName;

/**
 * A class's curriculum (SPEC §4; CURRICULUM_COMPOSE — the deputy): which subjects it has, for how many
 * hours a week, taught by whom; and its class teacher (CLASSES_EDIT). A new teacher of a subject takes
 * over its lessons from tomorrow (those given by a substitute stay theirs); a subject with a journal is
 * not removed.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class Curriculum {

    /** A line of the curriculum; a divided subject has a line per group ({@code groupNo} 1, 2, …). */
    public record Line(long classSubjectId, long subjectId, String subject, Long teacherId, String teacher,
                       BigDecimal hoursPerWeek, Integer groupNo) implements Serializable {
    }

    public record Choice(long id, String name) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public List<Line> ofClass(long classId) {
        policy.check(Operation.CURRICULUM_VIEW, Target.schoolClass(classId));
        return em.createQuery("""
                        select cs.id, s.id, s.name, t.id, t.lastName, t.firstName, t.middleName, cs.hoursPerWeek,
                               cs.groupNo
                        from ClassSubject cs join cs.subject s left join cs.teacher t
                        where cs.schoolClass.id = :c order by s.name, cs.groupNo""", Object[].class)
                .setParameter("c", classId).getResultList().stream()
                .map(r -> new Line((Long) r[0], (Long) r[1], ClassSubject.label((String) r[2], (Integer) r[8]), (Long) r[3],
                        r[4] == null ? "" : PersonName.initials((String) r[4], (String) r[5], (String) r[6]),
                        (BigDecimal) r[7], (Integer) r[8]))
                .toList();
    }

    /** The school's subjects, for the choice of a new line. */
    public List<Choice> subjects() {
        long school = currentCaller.get().schoolId();
        return em.createQuery("select s.id, s.name from Subject s where s.school.id = :s order by s.name", Object[].class)
                .setParameter("s", school).getResultList().stream()
                .map(r -> new Choice((Long) r[0], (String) r[1])).toList();
    }

    /** The school's teachers (people with a teacher's account). */
    public List<Choice> teachers() {
        long school = currentCaller.get().schoolId();
        return em.createQuery("""
                        select distinct p.id, p.lastName, p.firstName, p.middleName from Account a join a.roles r, Person p
                        where p.id = a.personId and p.school.id = :s and r = :role
                        order by p.lastName, p.firstName""",
                        Object[].class)
                .setParameter("s", school).setParameter("role", Role.TEACHER).getResultList().stream()
                .map(r -> new Choice((Long) r[0], r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]))).toList();
    }

    /** Adds a subject to the class, or changes its teacher and hours a week. */
    public long setLine(long classId, long subjectId, Long teacherId, BigDecimal hoursPerWeek) {
        currentCaller.get();
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null) {
            throw new RuleViolation("movement.noClass");
        }
        policy.check(Operation.CURRICULUM_COMPOSE, Target.school(c.getSchool().getId()));
        Subject subject = em.find(Subject.class, subjectId);
        if (subject == null || !subject.getSchool().getId().equals(c.getSchool().getId())) {
            throw new RuleViolation("curriculum.noSubject");
        }
        checkHours(hoursPerWeek);
        Person teacher = teacherId == null ? null : teacher(teacherId, c);
        List<ClassSubject> found = em.createQuery(
                        "select cs from ClassSubject cs where cs.schoolClass = :c and cs.subject = :s", ClassSubject.class)
                .setParameter("c", c).setParameter("s", subject).getResultList();
        if (found.isEmpty()) {
            ClassSubject cs = new ClassSubject(c, subject, teacher, hoursPerWeek);
            em.persist(cs);
            em.flush();
            return cs.getId();
        }
        if (found.get(0).getGroupNo() != null) {
            throw new RuleViolation("subgroups.subjectDivided", subject.getName());
        }
        update(found.get(0), teacher, hoursPerWeek);
        return found.get(0).getId();
    }

    /**
     * Changes a line's teacher and hours a week; for a group of a divided subject, the hours are the
     * subject's and change for every group.
     */
    public void updateLine(long classSubjectId, Long teacherId, BigDecimal hoursPerWeek) {
        currentCaller.get();
        ClassSubject cs = em.find(ClassSubject.class, classSubjectId);
        if (cs == null) {
            throw new RuleViolation("curriculum.noLine");
        }
        policy.check(Operation.CURRICULUM_COMPOSE, Target.school(cs.getSchool().getId()));
        checkHours(hoursPerWeek);
        update(cs, teacherId == null ? null : teacher(teacherId, cs.getSchoolClass()), hoursPerWeek);
        if (cs.getGroupNo() != null) {
            em.createQuery("""
                            update ClassSubject x set x.hoursPerWeek = :h
                            where x.schoolClass = :c and x.subject = :s and x.groupNo is not null""")
                    .setParameter("h", hoursPerWeek).setParameter("c", cs.getSchoolClass())
                    .setParameter("s", cs.getSubject()).executeUpdate();
        }
    }

    /** The teacher and hours of a line; a new teacher takes over the lessons to come. */
    private void update(ClassSubject cs, Person teacher, BigDecimal hoursPerWeek) {
        Long before = cs.getTeacher() == null ? null : cs.getTeacher().getId();
        cs.setTeacher(teacher);
        cs.setHoursPerWeek(hoursPerWeek);
        if (teacher != null && !teacher.getId().equals(before)) {
            em.flush();
            em.createNativeQuery("""
                            update lesson l set teacher_id = ?1 from school s
                            where s.id = l.school_id and l.class_subject_id = ?2
                              and l.date > (now() at time zone s.time_zone)::date
                              and (l.teacher_id is null or l.teacher_id = ?3)""")
                    .setParameter(1, teacher.getId()).setParameter(2, cs.getId()).setParameter(3, before == null ? -1L : before)
                    .executeUpdate();
        }
    }

    private static void checkHours(BigDecimal hoursPerWeek) {
        if (hoursPerWeek == null || hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(BigDecimal.valueOf(40)) > 0
                || hoursPerWeek.remainder(new BigDecimal("0.5")).signum() != 0) {
            throw new RuleViolation("curriculum.badHours");
        }
    }

    /** Takes a subject out of the class; refused once its journal has anything in it. */
    public void removeLine(long classSubjectId) {
        currentCaller.get();
        ClassSubject cs = em.find(ClassSubject.class, classSubjectId);
        if (cs == null) {
            return;
        }
        policy.check(Operation.CURRICULUM_COMPOSE, Target.school(cs.getSchool().getId()));
        if (written(em, classSubjectId) > 0) {
            throw new RuleViolation("curriculum.hasJournal", cs.getSubject().getName());
        }
        em.createNativeQuery("delete from lesson where class_subject_id = ?1").setParameter(1, classSubjectId).executeUpdate();
        em.createNativeQuery("delete from timetable_slot where class_subject_id = ?1").setParameter(1, classSubjectId)
                .executeUpdate();
        em.createNativeQuery("delete from subgroup_member where class_subject_id = ?1").setParameter(1, classSubjectId)
                .executeUpdate();
        em.createNativeQuery("delete from final_mark where class_subject_id = ?1").setParameter(1, classSubjectId)
                .executeUpdate();
        em.remove(cs);
    }

    /** How many lessons of a journal have anything written in them (a topic, a mark, an absence, history). */
    static long written(EntityManager em, long classSubjectId) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from lesson l where l.class_subject_id = ?1 and (l.topic is not null
                          or exists (select 1 from mark m where m.lesson_id = l.id)
                          or exists (select 1 from attendance a where a.lesson_id = l.id)
                          or exists (select 1 from journal_change j where j.lesson_id = l.id))""")
                .setParameter(1, classSubjectId).getSingleResult()).longValue();
    }

    /** The class teacher of a class (CLASSES_EDIT). */
    public void setClassTeacher(long classId, Long teacherId) {
        currentCaller.get();
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null) {
            throw new RuleViolation("movement.noClass");
        }
        policy.check(Operation.CLASSES_EDIT, Target.school(c.getSchool().getId()));
        c.setClassTeacher(teacherId == null ? null : teacher(teacherId, c));
    }

    private Person teacher(long personId, SchoolClass c) {
        Person p = em.find(Person.class, personId);
        boolean teaches = p != null && p.getSchool().getId().equals(c.getSchool().getId()) && !em.createQuery("""
                        select a.id from Account a join a.roles r where a.personId = :p and r = :role""", Long.class)
                .setParameter("p", personId).setParameter("role", Role.TEACHER).setMaxResults(1).getResultList().isEmpty();
        if (!teaches) {
            throw new RuleViolation("curriculum.notATeacher");
        }
        return p;
    }
}
