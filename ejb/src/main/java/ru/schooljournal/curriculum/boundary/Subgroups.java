package ru.schooljournal.curriculum.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.curriculum.entity.SubgroupMember;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.journal.boundary.FinalMarks;
import ru.schooljournal.roster.control.PersonName;

/**
 * Subgroups (SPEC §4, seed 000 §4.4.7, seed 001 §6.2): a subject of a class taught in groups, each with its own teacher, timetable and
 * journal. The deputy divides a subject (CURRICULUM_COMPOSE); the class teacher for their class
 * (SUBGROUPS_OWN_CLASS) or the deputy for every class (CLASSES_EDIT) forms the groups — puts each student
 * who is in no group yet into one; after that a student changes group only at a period's end, by the
 * administrator (SUBGROUPS_MOVE), citing an order.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class Subgroups {

    public static final int MAX_GROUPS = 4;

    public record Member(long studentId, String name) implements Serializable {
    }

    public record Group(long classSubjectId, int number, String teacher, List<Member> members) implements Serializable {
    }

    /** A divided subject of the class: its groups with who is in them today, and who is in none. */
    public record Divided(long subjectId, String subject, List<Group> groups, List<Member> unassigned)
            implements Serializable {
    }

    public record PeriodEnd(long periodId, String name, LocalDate lastDay) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** The class's divided subjects as they stand today. */
    public List<Divided> ofClass(long classId) {
        policy.check(Operation.CLASSES_VIEW, Target.schoolClass(classId));
        SchoolClass c = schoolClass(classId);
        LocalDate today = LocalDate.now(c.getSchool().zone());
        Map<Long, String> students = new LinkedHashMap<>();
        em.createQuery("""
                        select p.id, p.lastName, p.firstName from ClassMembership m join m.student p
                        where m.schoolClass.id = :c and m.enrolledOn <= :d and (m.leftOn is null or m.leftOn >= :d)
                        order by p.lastName, p.firstName, p.id""", Object[].class)
                .setParameter("c", classId).setParameter("d", today).getResultList()
                .forEach(r -> students.put((Long) r[0], r[1] + " " + r[2]));
        Map<Long, List<Object[]>> groupsBySubject = new LinkedHashMap<>();
        em.createQuery("""
                        select cs.id, s.id, s.name, cs.groupNo, t.lastName, t.firstName, t.middleName
                        from ClassSubject cs join cs.subject s left join cs.teacher t
                        where cs.schoolClass.id = :c and cs.groupNo is not null order by s.name, cs.groupNo""", Object[].class)
                .setParameter("c", classId).getResultList()
                .forEach(r -> groupsBySubject.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(r));
        Map<Long, java.util.Set<Long>> groupsOf = new LinkedHashMap<>(); // student -> their groups today (one a subject)
        em.createQuery("""
                        select g.studentId, g.classSubjectId from SubgroupMember g, ClassSubject cs
                        where cs.id = g.classSubjectId and cs.schoolClass.id = :c
                          and g.fromOn <= :d and (g.toOn is null or g.toOn >= :d)""", Object[].class)
                .setParameter("c", classId).setParameter("d", today).getResultList()
                .forEach(r -> groupsOf.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((Long) r[1]));
        List<Divided> result = new ArrayList<>();
        groupsBySubject.forEach((subjectId, rows) -> {
            List<Group> groups = new ArrayList<>();
            List<Long> groupIds = rows.stream().map(r -> (Long) r[0]).toList();
            for (Object[] r : rows) {
                long csId = (Long) r[0];
                List<Member> members = students.entrySet().stream()
                        .filter(e -> groupsOf.getOrDefault(e.getKey(), java.util.Set.of()).contains(csId))
                        .map(e -> new Member(e.getKey(), e.getValue())).toList();
                groups.add(new Group(csId, (Integer) r[3],
                        r[4] == null ? "" : PersonName.initials((String) r[4], (String) r[5], (String) r[6]), members));
            }
            List<Member> unassigned = students.entrySet().stream()
                    .filter(e -> groupsOf.getOrDefault(e.getKey(), java.util.Set.of()).stream().noneMatch(groupIds::contains))
                    .map(e -> new Member(e.getKey(), e.getValue())).toList();
            result.add(new Divided(subjectId, (String) rows.get(0)[2], groups, unassigned));
        });
        return result;
    }

    /**
     * Divides an undivided subject of a class into {@code groups} groups (2–4). The subject's line becomes
     * group 1 with its teacher, timetable and lessons; the other groups start with the same teacher and hours
     * and no timetable. Refused once the subject's journal has anything written in it.
     */
    public List<Long> divide(long classSubjectId, int groups) {
        currentCaller.get();
        ClassSubject cs = em.find(ClassSubject.class, classSubjectId);
        if (cs == null) {
            throw new RuleViolation("curriculum.noLine");
        }
        policy.check(Operation.CURRICULUM_COMPOSE, Target.school(cs.getSchool().getId()));
        if (cs.getGroupNo() != null) {
            throw new RuleViolation("subgroups.alreadyDivided", cs.getSubject().getName());
        }
        if (groups < 2 || groups > MAX_GROUPS) {
            throw new RuleViolation("subgroups.count", MAX_GROUPS);
        }
        if (Curriculum.written(em, classSubjectId) > 0) {
            throw new RuleViolation("subgroups.journalWritten", cs.getSubject().getName());
        }
        cs.setGroupNo(1);
        List<Long> ids = new ArrayList<>(List.of(cs.getId()));
        for (int n = 2; n <= groups; n++) {
            ClassSubject g = new ClassSubject(cs.getSchoolClass(), cs.getSubject(), cs.getTeacher(), cs.getHoursPerWeek());
            g.setGroupNo(n);
            em.persist(g);
            em.flush();
            ids.add(g.getId());
        }
        em.flush();
        return ids;
    }

    /**
     * Forms the groups: puts students who are in no group of this subject yet into {@code groupId}, from the
     * day they joined the class (so a group formed in the first weeks has them from the year's start).
     */
    public void form(long groupId, Collection<Long> studentIds) {
        Caller me = currentCaller.get();
        ClassSubject group = group(groupId);
        long classId = group.getSchoolClass().getId();
        if (!policy.may(Operation.CLASSES_EDIT, Target.school(group.getSchool().getId()))
                && !policy.may(Operation.SUBGROUPS_OWN_CLASS, Target.schoolClass(classId))) {
            throw new AccessDenied("access.denied.matrix", me.login() + " subgroups of class " + classId);
        }
        for (long studentId : studentIds) {
            List<LocalDate> joined = em.createQuery("""
                            select m.enrolledOn from ClassMembership m where m.schoolClass.id = :c and m.student.id = :s
                            and m.leftOn is null""", LocalDate.class)
                    .setParameter("c", classId).setParameter("s", studentId).getResultList();
            if (joined.isEmpty()) {
                throw new RuleViolation("journal.studentNotInClass");
            }
            List<String> already = em.createQuery("""
                            select cs.groupNo from SubgroupMember g, ClassSubject cs where cs.id = g.classSubjectId
                            and cs.schoolClass.id = :c and cs.subject.id = :subject and g.studentId = :s and g.toOn is null""",
                            Integer.class)
                    .setParameter("c", classId).setParameter("subject", group.getSubject().getId())
                    .setParameter("s", studentId).getResultList().stream().map(String::valueOf).toList();
            if (!already.isEmpty()) {
                throw new RuleViolation("subgroups.alreadyInGroup", studentName(studentId), already.get(0));
            }
            em.persist(new SubgroupMember(group.getSchool(), groupId, studentId, joined.get(0), me.accountId()));
        }
        em.flush();
    }

    /** The ends of the class's study periods this year, for the choice of when a move takes effect. */
    public List<PeriodEnd> periodEnds(long classId) {
        policy.check(Operation.CLASSES_VIEW, Target.schoolClass(classId));
        SchoolClass c = schoolClass(classId);
        return em.createQuery("""
                        select p.id, p.kind, p.number, p.endsOn from StudyPeriod p, GradePeriodKind g
                        where g.year = :y and g.grade = :grade and p.year = :y and p.kind = g.kind order by p.number""",
                        Object[].class)
                .setParameter("y", c.getYear()).setParameter("grade", c.getGrade()).getResultList().stream()
                .map(r -> new PeriodEnd((Long) r[0], FinalMarks.periodName(r[1].toString(), (Integer) r[2]), (LocalDate) r[3]))
                .toList();
    }

    /**
     * Moves a student to another group of the same subject at the end of a period, by an order: they are in
     * the old group up to the period's last day and in the new one from the day after. Refused when lessons
     * of the subject have already been given after that day (the move would rewrite who was taught then).
     */
    public void move(long studentId, long toGroupId, long periodId, String orderNumber, LocalDate orderDate) {
        Caller me = currentCaller.get();
        ClassSubject to = group(toGroupId);
        policy.check(Operation.SUBGROUPS_MOVE, Target.school(to.getSchool().getId()));
        String number = orderNumber == null ? "" : orderNumber.strip();
        LocalDate today = LocalDate.now(to.getSchool().zone());
        if (number.isEmpty() || number.length() > 40) {
            throw new RuleViolation("subgroups.orderNumberRequired");
        }
        if (orderDate == null || orderDate.isAfter(today)) {
            throw new RuleViolation("subgroups.orderDateRequired");
        }
        PeriodEnd end = periodEnds(to.getSchoolClass().getId()).stream().filter(p -> p.periodId() == periodId)
                .findFirst().orElseThrow(() -> new RuleViolation("journal.periodNotFound"));
        LocalDate first = end.lastDay().plusDays(1);
        List<SubgroupMember> current = em.createQuery("""
                        select g from SubgroupMember g, ClassSubject cs where cs.id = g.classSubjectId
                        and cs.schoolClass = :c and cs.subject = :subject and g.studentId = :s and g.toOn is null""",
                        SubgroupMember.class)
                .setParameter("c", to.getSchoolClass()).setParameter("subject", to.getSubject())
                .setParameter("s", studentId).getResultList();
        if (current.isEmpty()) {
            throw new RuleViolation("subgroups.notInAGroup", studentName(studentId));
        }
        SubgroupMember was = current.get(0);
        if (was.getClassSubjectId() == toGroupId) {
            throw new RuleViolation("subgroups.sameGroup", studentName(studentId), to.getGroupNo());
        }
        if (!was.getFromOn().isBefore(first)) {
            throw new RuleViolation("subgroups.periodBeforeJoining");
        }
        long given = ((Number) em.createNativeQuery("""
                        select count(*) from lesson l where l.class_subject_id in (?1, ?2) and not l.cancelled
                        and l.date >= ?3 and l.date < ?4""")
                .setParameter(1, was.getClassSubjectId()).setParameter(2, toGroupId).setParameter(3, first)
                .setParameter(4, today).getSingleResult()).longValue();
        if (given > 0) {
            throw new RuleViolation("subgroups.lessonsGiven", end.name());
        }
        was.endOn(end.lastDay());
        em.persist(new SubgroupMember(to.getSchool(), toGroupId, studentId, first, me.accountId()).byOrder(number, orderDate));
        em.flush();
    }

    private ClassSubject group(long groupId) {
        ClassSubject group = em.find(ClassSubject.class, groupId);
        if (group == null || group.getGroupNo() == null) {
            throw new RuleViolation("subgroups.noGroup");
        }
        return group;
    }

    private SchoolClass schoolClass(long classId) {
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null) {
            throw new RuleViolation("movement.noClass");
        }
        return c;
    }

    private String studentName(long studentId) {
        return em.createQuery("select concat(p.lastName, ' ', p.firstName) from Person p where p.id = :id", String.class)
                .setParameter("id", studentId).getResultList().stream().findFirst().orElse("?");
    }
}
