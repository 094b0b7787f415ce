package ru.schooljournal.roster.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.ClassMembership;
import ru.schooljournal.roster.entity.MovementOrder;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.school.entity.AcademicYear;

/**
 * The movement book (SPEC §3–4), kept by the secretary (MOVEMENT_EDIT): every enrolment, transfer between
 * classes and leaving is an order with its number and date, and the student's class membership follows
 * from it — the old membership ends the day before, the new one begins on the order's date — so a class's
 * past journal still shows the students who were there then, and no one is marked after they left.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class MovementBook {

    /** A line of the book as people read it. */
    public record Line(String number, LocalDate date, MovementOrder.Kind kind, String student, String fromClass,
                       String toClass, String note) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** Moves a student from their class to another class of the same year from {@code date} on. */
    public void transfer(long studentId, long toClassId, LocalDate date, String orderNumber, String note) {
        Caller me = currentCaller.get();
        Person student = student(studentId);
        ClassMembership current = currentMembership(student);
        SchoolClass to = schoolClass(toClassId, student);
        if (current.getSchoolClass().getId().equals(to.getId())) {
            throw new RuleViolation("movement.sameClass", to.name());
        }
        if (!current.getSchoolClass().getYear().getId().equals(to.getYear().getId())) {
            throw new RuleViolation("movement.otherYear");
        }
        check(date, orderNumber, note, current, to.getYear());
        current.leave(date.minusDays(1));
        em.persist(new ClassMembership(to, student, date));
        em.persist(new MovementOrder(student.getSchool(), orderNumber.strip(), date, MovementOrder.Kind.TRANSFER,
                studentId, current.getSchoolClass().getId(), to.getId(), blankToNull(note), me.accountId()));
    }

    /** The student leaves the school: their membership ends the day before the order's date. */
    public void leave(long studentId, LocalDate date, String orderNumber, String note) {
        Caller me = currentCaller.get();
        Person student = student(studentId);
        ClassMembership current = currentMembership(student);
        check(date, orderNumber, note, current, current.getSchoolClass().getYear());
        current.leave(date.minusDays(1));
        em.persist(new MovementOrder(student.getSchool(), orderNumber.strip(), date, MovementOrder.Kind.LEAVE,
                studentId, current.getSchoolClass().getId(), null, blankToNull(note), me.accountId()));
    }

    /** A student of the school who is in no class now joins one from {@code date} on. */
    public void enrol(long studentId, long classId, LocalDate date, String orderNumber, String note) {
        Caller me = currentCaller.get();
        Person student = student(studentId);
        SchoolClass to = schoolClass(classId, student);
        if (!memberships(student).isEmpty()) {
            throw new RuleViolation("movement.alreadyInClass", memberships(student).get(0).getSchoolClass().name());
        }
        check(date, orderNumber, note, null, to.getYear());
        em.persist(new ClassMembership(to, student, date));
        em.persist(new MovementOrder(student.getSchool(), orderNumber.strip(), date, MovementOrder.Kind.ENROL,
                studentId, null, to.getId(), blankToNull(note), me.accountId()));
    }

    /**
     * A decision for the year's end by an order (SPEC §3): promoted conditionally (with academic debt), left
     * to repeat the year, or graduating (after grades 9 and 11). The student stays in their class until the
     * year is closed, which applies the decision; everyone without one is promoted by the school's order.
     */
    public void decideYearEnd(long studentId, MovementOrder.Kind kind, LocalDate date, String orderNumber, String note) {
        Caller me = currentCaller.get();
        Person student = student(studentId);
        if (kind == null || !kind.yearEnd() || kind == MovementOrder.Kind.PROMOTE) {
            throw new RuleViolation("movement.notAYearEndDecision");
        }
        ClassMembership current = currentMembership(student);
        SchoolClass c = current.getSchoolClass();
        check(date, orderNumber, note, null, c.getYear());
        if (kind == MovementOrder.Kind.GRADUATE && c.getGrade() != 9 && c.getGrade() != 11) {
            throw new RuleViolation("movement.graduateGrade");
        }
        if (kind == MovementOrder.Kind.CONDITIONAL && c.getGrade() == 11) {
            throw new RuleViolation("movement.conditionalEleventh");
        }
        if (!em.createQuery("""
                        select o.id from MovementOrder o where o.studentId = :s and o.fromClassId = :c
                        and o.kind in :kinds""", Long.class)
                .setParameter("s", studentId).setParameter("c", c.getId())
                .setParameter("kinds", List.of(MovementOrder.Kind.CONDITIONAL, MovementOrder.Kind.REPEAT,
                        MovementOrder.Kind.GRADUATE)).getResultList().isEmpty()) {
            throw new RuleViolation("movement.yearEndDecided");
        }
        em.persist(new MovementOrder(student.getSchool(), orderNumber.strip(), date, kind, studentId, c.getId(), null,
                blankToNull(note), me.accountId()));
    }

    /** A class or a student to choose from. */
    public record Choice(long id, String name) implements Serializable {
    }

    /** The classes of the caller's school this year. */
    public List<Choice> classes() {
        Caller me = currentCaller.get();
        policy.check(Operation.MOVEMENT_VIEW, Target.school(me.schoolId()));
        return em.createQuery("""
                        select c.id, c.grade, c.letter from SchoolClass c where c.school.id = :s and c.year.current = true
                        order by c.grade, c.letter""", Object[].class)
                .setParameter("s", me.schoolId()).getResultList().stream()
                .map(r -> new Choice((Long) r[0], r[1] + (String) r[2])).toList();
    }

    /** The students of a class now. */
    public List<Choice> studentsOf(long classId) {
        Caller me = currentCaller.get();
        policy.check(Operation.MOVEMENT_VIEW, Target.schoolClass(classId));
        return em.createQuery("""
                        select p.id, p.lastName, p.firstName, p.middleName from ClassMembership m join m.student p
                        where m.schoolClass.id = :c and m.leftOn is null order by p.lastName, p.firstName""",
                        Object[].class)
                .setParameter("c", classId).getResultList().stream()
                .map(r -> new Choice((Long) r[0], r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]))).toList();
    }

    /** Children of the school (someone's child in the school, or once in a class) who are in no class now. */
    public List<Choice> withoutClass() {
        Caller me = currentCaller.get();
        policy.check(Operation.MOVEMENT_VIEW, Target.school(me.schoolId()));
        return em.createQuery("""
                        select p.id, p.lastName, p.firstName, p.middleName from Person p where p.school.id = :s
                        and (exists (select g.id from Guardianship g where g.child = p)
                             or exists (select m.id from ClassMembership m where m.student = p))
                        and not exists (select m2.id from ClassMembership m2 where m2.student = p and m2.leftOn is null
                                        and m2.schoolClass.year.current = true)
                        order by p.lastName, p.firstName""", Object[].class)
                .setParameter("s", me.schoolId()).setMaxResults(500).getResultList().stream()
                .map(r -> new Choice((Long) r[0], r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]))).toList();
    }

    /** The book of the caller's school, newest first. */
    public List<Line> lines() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            return List.of();
        }
        policy.check(Operation.MOVEMENT_VIEW, Target.school(me.schoolId()));
        Map<Long, String> classNames = new HashMap<>();
        em.createQuery("select c.id, c.grade, c.letter from SchoolClass c where c.school.id = :s", Object[].class)
                .setParameter("s", me.schoolId()).getResultList()
                .forEach(r -> classNames.put((Long) r[0], r[1] + (String) r[2]));
        return em.createQuery("""
                        select o.number, o.date, o.kind, p.lastName, p.firstName, p.middleName, o.fromClassId,
                               o.toClassId, o.note
                        from MovementOrder o, Person p where p.id = o.studentId and o.school.id = :s
                        order by o.date desc, o.id desc""", Object[].class)
                .setParameter("s", me.schoolId()).setMaxResults(300).getResultList().stream()
                .map(r -> new Line((String) r[0], (LocalDate) r[1], (MovementOrder.Kind) r[2],
                        r[3] + " " + r[4] + (r[5] == null ? "" : " " + r[5]), classNames.get((Long) r[6]),
                        classNames.get((Long) r[7]), (String) r[8]))
                .toList();
    }

    private void check(LocalDate date, String orderNumber, String note, ClassMembership current, AcademicYear year) {
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new RuleViolation("movement.orderRequired");
        }
        if (orderNumber.strip().length() > 40) {
            throw new RuleViolation("movement.orderTooLong");
        }
        if (note != null && note.length() > 1000) {
            throw new RuleViolation("movement.noteTooLong");
        }
        if (date == null || date.isBefore(year.getStartsOn()) || date.isAfter(year.getEndsOn())) {
            throw new RuleViolation("movement.dateOutsideYear", year.getName());
        }
        if (current != null && !date.isAfter(current.getEnrolledOn())) {
            throw new RuleViolation("movement.beforeEnrolment", current.getEnrolledOn());
        }
    }

    private Person student(long studentId) {
        Person student = em.find(Person.class, studentId);
        if (student == null) {
            throw new RuleViolation("movement.noStudent");
        }
        policy.check(Operation.MOVEMENT_EDIT, Target.school(student.getSchool().getId()));
        return student;
    }

    private SchoolClass schoolClass(long classId, Person student) {
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null || !c.getSchool().getId().equals(student.getSchool().getId())) {
            throw new RuleViolation("movement.noClass");
        }
        return c;
    }

    private List<ClassMembership> memberships(Person student) {
        return em.createQuery("""
                        select m from ClassMembership m where m.student = :s and m.leftOn is null
                        and m.schoolClass.year.current = true""", ClassMembership.class)
                .setParameter("s", student).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private ClassMembership currentMembership(Person student) {
        List<ClassMembership> found = memberships(student);
        if (found.isEmpty()) {
            throw new RuleViolation("movement.notInClass");
        }
        return found.get(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
