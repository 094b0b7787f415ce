package ru.schooljournal.yearclosing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.ClassMembership;
import ru.schooljournal.roster.entity.MovementOrder;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.school.control.PeriodRules;
import ru.schooljournal.school.entity.AcademicYear;
import ru.schooljournal.school.entity.GradePeriodKind;
import ru.schooljournal.school.entity.PeriodKind;
import ru.schooljournal.school.entity.StudyPeriod;

/**
 * Closing the school year and opening the next (SPEC §4; YEAR_TRANSITION — the administrator and the
 * deputy). Everyone is promoted by the school's promotion order (5А becomes 6А) except those the movement
 * book says otherwise about: promoted conditionally, repeating the year (they stay in grade), graduating
 * (after grade 9 by an order, after grade 11 always). The new year gets its classes with the class teachers
 * and rooms they had, the curriculum of last year's class of the same grade and letter, and the usual
 * periods; the last year's journals stay as they are. The heavy work runs as the {@code year-closing} batch
 * job, in one transaction: it happens whole or not at all.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class YearClosing {

    private static final Logger LOG = Logger.getLogger(YearClosing.class.getName());

    /** What closing will do with one class. */
    public record ClassPlan(String from, String to, int promoted, int conditional, int repeating, int graduating)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** Class by class, what closing the year will do. */
    public List<ClassPlan> preview() {
        AcademicYear year = currentYear();
        List<ClassPlan> plan = new ArrayList<>();
        Map<Long, Map<Long, MovementOrder.Kind>> decisions = decisions(year);
        Map<Long, List<ClassMembership>> memberships = memberships(year);
        for (SchoolClass c : classes(year)) {
            Map<Long, MovementOrder.Kind> decided = decisions.getOrDefault(c.getId(), Map.of());
            int promoted = 0;
            int conditional = 0;
            int repeating = 0;
            int graduating = 0;
            for (ClassMembership m : memberships.getOrDefault(c.getId(), List.of())) {
                switch (decisionFor(c, decided.get(m.getStudent().getId()))) {
                    case CONDITIONAL -> conditional++;
                    case REPEAT -> repeating++;
                    case GRADUATE -> graduating++;
                    default -> promoted++;
                }
            }
            plan.add(new ClassPlan(c.name(), c.getGrade() == 11 ? "—" : (c.getGrade() + 1) + c.getLetter(), promoted,
                    conditional, repeating, graduating));
        }
        return plan;
    }

    /** Checks that the year may be closed now into a next year with these dates by this order. */
    public long check(LocalDate nextStart, LocalDate nextEnd, String orderNumber, LocalDate orderDate) {
        AcademicYear year = currentYear();
        LocalDate today = LocalDate.now(year.getSchool().zone());
        LocalDate lastLesson = em.createQuery("select max(p.endsOn) from StudyPeriod p where p.year = :y", LocalDate.class)
                .setParameter("y", year).getSingleResult();
        if (!today.isAfter(lastLesson == null ? year.getEndsOn() : lastLesson)) {
            throw new RuleViolation("yearClosing.notOver", lastLesson == null ? year.getEndsOn() : lastLesson);
        }
        if (nextStart == null || nextEnd == null || !nextStart.isAfter(year.getEndsOn()) || !nextStart.isBefore(nextEnd)
                || nextEnd.isAfter(nextStart.plusMonths(13))) {
            throw new RuleViolation("yearClosing.nextDates", year.getEndsOn());
        }
        if (orderNumber == null || orderNumber.isBlank() || orderNumber.strip().length() > 40) {
            throw new RuleViolation("movement.orderRequired");
        }
        if (orderDate == null || orderDate.isAfter(today)) {
            throw new RuleViolation("subgroups.orderDateRequired");
        }
        return year.getSchool().getId();
    }

    /**
     * Closes the current year of {@code schoolId} — for the batch job, after {@link #check} passed for the
     * person who started it ({@code accountId}). Returns a summary for the job's exit status.
     */
    public String close(long schoolId, long accountId, LocalDate nextStart, LocalDate nextEnd, String orderNumber,
                        LocalDate orderDate) {
        AcademicYear year = AcademicYear.currentOrRefuse(em, schoolId);
        AcademicYear next = new AcademicYear(year.getSchool(), nextStart, nextEnd, false);
        if (!em.createQuery("select y.id from AcademicYear y where y.school = :s and y.name = :n", Long.class)
                .setParameter("s", year.getSchool()).setParameter("n", next.getName()).getResultList().isEmpty()) {
            throw new RuleViolation("yearClosing.nextExists", next.getName());
        }
        em.persist(next);
        periods(year, next);

        Map<String, SchoolClass> newClasses = new HashMap<>();
        List<SchoolClass> old = classes(year);
        int promoted = 0;
        int repeating = 0;
        int graduated = 0;
        Map<Long, Map<Long, MovementOrder.Kind>> decisions = decisions(year);
        Map<Long, List<ClassMembership>> memberships = memberships(year);
        for (SchoolClass c : old) {
            Map<Long, MovementOrder.Kind> decided = decisions.getOrDefault(c.getId(), Map.of());
            for (ClassMembership m : memberships.getOrDefault(c.getId(), List.of())) {
                long student = m.getStudent().getId();
                MovementOrder.Kind kind = decisionFor(c, decided.get(student));
                if (m.getLeftOn() == null || m.getLeftOn().isAfter(year.getEndsOn())) {
                    m.leave(year.getEndsOn());
                }
                if (kind == MovementOrder.Kind.GRADUATE) {
                    graduated++;
                    if (!decided.containsKey(student)) {
                        em.persist(new MovementOrder(year.getSchool(), orderNumber.strip(), orderDate,
                                MovementOrder.Kind.GRADUATE, student, c.getId(), null, null, accountId));
                    }
                    continue;
                }
                int grade = kind == MovementOrder.Kind.REPEAT ? c.getGrade() : c.getGrade() + 1;
                SchoolClass to = newClass(next, grade, c.getLetter(), old, newClasses);
                em.persist(new ClassMembership(to, m.getStudent(), nextStart));
                if (kind == MovementOrder.Kind.REPEAT) {
                    repeating++;
                } else {
                    promoted++;
                }
                if (!decided.containsKey(student)) {
                    em.persist(new MovementOrder(year.getSchool(), orderNumber.strip(), orderDate,
                            MovementOrder.Kind.PROMOTE, student, c.getId(), to.getId(), null, accountId));
                }
            }
        }
        // Every class goes up a grade, also one with no students yet.
        for (SchoolClass c : old) {
            if (c.getGrade() < 11) {
                newClass(next, c.getGrade() + 1, c.getLetter(), old, newClasses);
            }
        }
        year.setCurrent(false);
        em.flush();
        next.setCurrent(true);
        em.flush();
        String summary = "Год " + year.getName() + " закрыт, открыт " + next.getName() + ": классов " + newClasses.size()
                + ", переведено " + promoted + ", оставлено на повторное обучение " + repeating + ", выпущено " + graduated;
        LOG.info(summary);
        return summary;
    }

    /** A class of the new year, made once: the class teacher and room follow the class up a grade. */
    private SchoolClass newClass(AcademicYear next, int grade, String letter, List<SchoolClass> old,
                                 Map<String, SchoolClass> made) {
        return made.computeIfAbsent(grade + letter, key -> {
            SchoolClass c = new SchoolClass(next, grade, letter);
            old.stream().filter(o -> o.getGrade() == grade - 1 && o.getLetter().equals(letter)).findFirst()
                    .ifPresent(o -> {
                        c.setClassTeacher(o.getClassTeacher());
                        c.setRoom(o.getRoom());
                    });
            em.persist(c);
            // The curriculum of last year's class of the same grade and letter (or of the grade), with its teachers.
            old.stream().filter(o -> o.getGrade() == grade && o.getLetter().equals(letter)).findFirst()
                    .or(() -> old.stream().filter(o -> o.getGrade() == grade).findFirst())
                    .ifPresent(o -> em.createQuery("select cs from ClassSubject cs where cs.schoolClass = :c", ClassSubject.class)
                            .setParameter("c", o).getResultList().forEach(line -> {
                                ClassSubject copy = new ClassSubject(c, line.getSubject(), line.getTeacher(),
                                        line.getHoursPerWeek());
                                copy.setGroupNo(line.getGroupNo());
                                em.persist(copy);
                            }));
            return c;
        });
    }

    /** The next year's periods: the usual ones where they fit, else last year's a year later; kinds as last year. */
    private void periods(AcademicYear year, AcademicYear next) {
        List<StudyPeriod> old = em.createQuery("select p from StudyPeriod p where p.year = :y order by p.kind, p.number",
                StudyPeriod.class).setParameter("y", year).getResultList();
        List<PeriodKind> made = new ArrayList<>();
        for (PeriodKind kind : PeriodKind.values()) {
            List<LocalDate[]> ranges = PeriodRules.usual(kind, next.getStartsOn().getYear());
            if (ranges.isEmpty() || PeriodRules.check(next.getStartsOn(), next.getEndsOn(), kind, ranges).isPresent()) {
                ranges = old.stream().filter(p -> p.getKind() == kind)
                        .map(p -> new LocalDate[] {p.getStartsOn().plusYears(1), p.getEndsOn().plusYears(1)}).toList();
            }
            if (ranges.size() != kind.count()
                    || PeriodRules.check(next.getStartsOn(), next.getEndsOn(), kind, ranges).isPresent()) {
                continue;
            }
            for (int i = 0; i < ranges.size(); i++) {
                em.persist(new StudyPeriod(next, kind, i + 1, ranges.get(i)[0], ranges.get(i)[1]));
            }
            made.add(kind);
        }
        em.createQuery("select g from GradePeriodKind g where g.year = :y", GradePeriodKind.class).setParameter("y", year)
                .getResultList().stream().filter(g -> made.contains(g.getKind()))
                .forEach(g -> em.persist(new GradePeriodKind(next, g.getGrade(), g.getKind())));
    }

    private static MovementOrder.Kind decisionFor(SchoolClass c, MovementOrder.Kind decided) {
        if (decided != null) {
            return decided;
        }
        return c.getGrade() == 11 ? MovementOrder.Kind.GRADUATE : MovementOrder.Kind.PROMOTE;
    }

    /** The year-end decisions of the movement book, class by class: student → conditional, repeat, graduate. */
    private Map<Long, Map<Long, MovementOrder.Kind>> decisions(AcademicYear year) {
        Map<Long, Map<Long, MovementOrder.Kind>> map = new HashMap<>();
        em.createQuery("""
                        select o.fromClassId, o.studentId, o.kind from MovementOrder o, SchoolClass c
                        where c.id = o.fromClassId and c.year = :y and o.kind in :k""", Object[].class)
                .setParameter("y", year).setParameter("k", List.of(MovementOrder.Kind.CONDITIONAL,
                        MovementOrder.Kind.REPEAT, MovementOrder.Kind.GRADUATE))
                .getResultList()
                .forEach(r -> map.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (MovementOrder.Kind) r[2]));
        return map;
    }

    private List<SchoolClass> classes(AcademicYear year) {
        return em.createQuery("select c from SchoolClass c where c.year = :y order by c.grade desc, c.letter", SchoolClass.class)
                .setParameter("y", year).getResultList();
    }

    /** Who is in each class of the year at its end, class by class (the students read in the same query). */
    private Map<Long, List<ClassMembership>> memberships(AcademicYear year) {
        Map<Long, List<ClassMembership>> map = new HashMap<>();
        em.createQuery("""
                        select m.schoolClass.id, m, p from ClassMembership m join m.student p
                        where m.schoolClass.year = :y and (m.leftOn is null or m.leftOn >= :end)""", Object[].class)
                .setParameter("y", year).setParameter("end", year.getEndsOn()).getResultList()
                .forEach(r -> map.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((ClassMembership) r[1]));
        return map;
    }

    private AcademicYear currentYear() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new RuleViolation("calendar.noYear");
        }
        policy.check(Operation.YEAR_TRANSITION, Target.school(me.schoolId()));
        return AcademicYear.currentOrRefuse(em, me.schoolId());
    }
}
