package ru.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.school.entity.AcademicYear;
import ru.schooljournal.school.entity.PeriodKind;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.StudyPeriod;

/**
 * The school's overview for its administration and staff: the year, the period now, classes and counts.
 * Who sees it is the matrix's CLASSES_VIEW (all staff by default).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.TEACHER, Role.Names.SECRETARY,
        Role.Names.NURSE, Role.Names.PSYCHOLOGIST, Role.Names.HR, Role.Names.TECH})
public class SchoolOverview {

    /** A class of the list; {@code open} when the reader may open its page (the page links it only then). */
    public record ClassRow(long classId, String name, String classTeacher, long students, boolean open)
            implements Serializable {
    }

    /** A period going on today; grade levels with different period kinds make several. */
    public record PeriodNow(PeriodKind kind, int number) implements Serializable {
    }

    public record Overview(String schoolName, String shortName, String year, List<PeriodNow> periodsNow, long classes,
                           long students, long staff, long parents, List<ClassRow> classList) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccessPolicy policy;

    public Overview overview() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        policy.check(Operation.CLASSES_VIEW, Target.school(me.schoolId()));
        School school = em.find(School.class, me.schoolId());
        LocalDate today = LocalDate.now(school.zone());
        List<AcademicYear> years = AcademicYear.current(em, school.getId()).stream().toList();
        String yearName = years.isEmpty() ? null : years.get(0).getName();
        List<PeriodNow> periodsNow = List.of();
        if (!years.isEmpty()) {
            List<StudyPeriod> periods = em.createQuery("""
                            select p from StudyPeriod p where p.year.id = :y and p.startsOn <= :d and p.endsOn >= :d
                            order by p.kind""", StudyPeriod.class)
                    .setParameter("y", years.get(0).getId()).setParameter("d", today).getResultList();
            periodsNow = periods.stream().map(p -> new PeriodNow(p.getKind(), p.getNumber())).toList();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("""
                        select m.schoolClass.id, count(m) from ClassMembership m
                        where m.school.id = :s and m.leftOn is null group by m.schoolClass.id""", Object[].class)
                .setParameter("s", school.getId()).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        // The class page shows its students (STUDENT_KEEP or STUDENT_SHORT_VIEW): linked only where it opens.
        java.util.Set<Long> reached = policy.classesReached(Operation.STUDENT_KEEP, Operation.STUDENT_SHORT_VIEW);
        List<ClassRow> classes = em.createQuery("""
                        select c.id, c.grade, c.letter, t.lastName, t.firstName, t.middleName
                        from SchoolClass c join c.year y left join c.classTeacher t
                        where c.school.id = :s and y.current = true order by c.grade, c.letter""", Object[].class)
                .setParameter("s", school.getId()).getResultList().stream()
                .map(r -> new ClassRow((Long) r[0], (Integer) r[1] + (String) r[2],
                        r[3] == null ? null : r[3] + " " + r[4] + (r[5] == null ? "" : " " + r[5]),
                        counts.getOrDefault((Long) r[0], 0L), reached == null || reached.contains((Long) r[0])))
                .toList();
        long students = counts.values().stream().mapToLong(Long::longValue).sum();
        long staff = em.createQuery(
                        "select count(p) from Person p where p.school.id = :s and p.position is not null", Long.class)
                .setParameter("s", school.getId()).getSingleResult();
        long parents = em.createQuery("select count(distinct g.parent.id) from Guardianship g where g.school.id = :s",
                        Long.class)
                .setParameter("s", school.getId()).getSingleResult();
        return new Overview(school.getName(), school.getShortName(), yearName, periodsNow, classes.size(), students,
                staff, parents, classes);
    }
}
