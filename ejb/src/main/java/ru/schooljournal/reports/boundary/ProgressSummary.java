package ru.schooljournal.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.journal.boundary.FinalMarks;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.control.ProgressFigures;
import ru.schooljournal.reports.control.PeriodRolls;
import ru.schooljournal.reports.control.PeriodRolls.Period;
import ru.schooljournal.reports.control.PeriodRolls.SchoolClassLine;
import ru.schooljournal.reports.control.ProgressFigures.StudentMarks;
import ru.schooljournal.school.entity.School;

/**
 * «Итоги успеваемости» for a period (SPEC §8): per class and for the school, from the period marks of the
 * journal — the students on the roll at the period's end, attested, отличники, хорошисты, with one 4, with one
 * 3, неуспевающие with their subjects, н/а, % успеваемости and % качества, the average mark and СОУ, against
 * the previous period and the same period of last year. The whole school for REPORTS_ALL_CLASSES (a report
 * of classes, not an administrative one: the secretary's REPORTS_ADMIN does not reach it); the class teacher
 * their own class (REPORTS_OWN_CLASS). Reads with a fixed number of
 * statements whatever the number of classes, students and marks.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class ProgressSummary {

    /** A period to choose in the report's filter. */
    public record PeriodChoice(long id, String name, LocalDate startsOn, LocalDate endsOn) implements Serializable {
    }

    /** A class to choose in the filter. */
    public record ClassChoice(long id, String name) implements Serializable {
    }

    public record ClassProgress(long classId, String name, String classTeacher, ProgressFigures figures,
                                ProgressFigures previous) implements Serializable {
    }

    public record SchoolProgress(String school, ZoneId zone, int markMax, long periodId, String period, LocalDate startsOn, LocalDate endsOn,
                                 Instant builtAt, boolean wholeSchool, List<ClassProgress> classes,
                                 ProgressFigures total, String previousPeriod, ProgressFigures previousTotal,
                                 String lastYearPeriod, ProgressFigures lastYearTotal, boolean showsSou)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** The periods of the current year the report may be built for, in order. */
    public List<PeriodChoice> periods() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        return em.createQuery("""
                        select p.id, p.kind, p.number, p.startsOn, p.endsOn from StudyPeriod p
                        where p.year.school.id = :s and p.year.current = true order by p.kind desc, p.number""",
                        Object[].class)
                .setParameter("s", me.schoolId()).getResultList().stream()
                .map(r -> new PeriodChoice((Long) r[0], FinalMarks.periodName(r[1].toString(), (Integer) r[2]),
                        (LocalDate) r[3], (LocalDate) r[4]))
                .toList();
    }

    /** The period a deputy most likely wants: the latest quarter (or half) that has ended, else the first. */
    public static PeriodChoice likelyPeriod(List<PeriodChoice> periods, LocalDate today) {
        PeriodChoice pick = null;
        for (PeriodChoice p : periods) {
            if (p.endsOn().isBefore(today) && (pick == null || p.endsOn().isAfter(pick.endsOn())
                    || p.endsOn().equals(pick.endsOn()) && p.name().contains("четверть"))) {
                pick = p;
            }
        }
        return pick != null ? pick : periods.isEmpty() ? null : periods.get(0);
    }

    /** Whether the caller's reports cover the whole school (not only the class they lead). */
    public boolean wholeSchool() {
        return ReportReach.of(policy, currentCaller.get()) == null;
    }

    /** The classes of the current year the caller may build the report for (all, or those they lead). */
    public List<ClassChoice> classes() {
        Caller me = currentCaller.get();
        Set<Long> reach = ReportReach.of(policy, me);
        return em.createQuery("""
                        select c.id, c.grade, c.letter from SchoolClass c
                        where c.school.id = :s and c.year.current = true and c.grade > 1 order by c.grade, c.letter""",
                        Object[].class)
                .setParameter("s", me.schoolId()).getResultList().stream()
                .filter(r -> reach == null || reach.contains((Long) r[0]))
                .map(r -> new ClassChoice((Long) r[0], r[1] + (String) r[2])).toList();
    }

    /**
     * The summary for {@code periodId}, of the whole school or of one class ({@code classId}); refused for a
     * period of another school and for a class outside the caller's reach.
     */
    public SchoolProgress of(long periodId, Long classId) {
        Caller me = currentCaller.get();
        Set<Long> reach = ReportReach.of(policy, me);
        PeriodRolls read = new PeriodRolls(em);
        Period period = read.period(periodId);
        if (me.schoolId() == null || period.schoolId() != me.schoolId()) {
            throw new AccessDenied("access.denied.matrix", me.login() + " progress summary of period " + periodId);
        }
        Set<Long> only = ReportReach.narrowed(reach, classId, me);
        List<SchoolClassLine> classes = read.classes(period, only);
        if (classId != null && classes.isEmpty()) {
            throw new RuleViolation("reports.classNotInPeriod");
        }
        return build(read, period, classes, classId == null && reach == null);
    }

    /** A school's line of the authority's summary. */
    public record SchoolLine(String school, ProgressFigures figures) implements Serializable {
    }

    public record AcrossSchools(String authority, String period, Instant builtAt, ZoneId zone, List<SchoolLine> schools,
                                ProgressFigures total) implements Serializable {
    }

    /**
     * For the education authority (REPORTS_CROSS_SCHOOL, scope SCHOOLS): each of its schools' figures for the
     * period of this kind and number in the school's current year («1 четверть»), and all the schools together —
     * computed from the students, never from the schools' percentages. A school the policy does not reach, or
     * without such a period, is left out.
     */
    public AcrossSchools acrossSchools(String kind, int number) {
        Caller me = currentCaller.get();
        if (me.authorityId() == null || !policy.mayAtAll(Operation.REPORTS_CROSS_SCHOOL)) {
            throw new AccessDenied("access.denied.noAuthority", me.login());
        }
        PeriodRolls read = new PeriodRolls(em);
        String authority = (String) em.createNativeQuery("select name from education_authority where id = ?1")
                .setParameter(1, me.authorityId()).getSingleResult();
        List<SchoolLine> lines = new ArrayList<>();
        List<StudentMarks> everyone = new ArrayList<>();
        Set<Integer> scales = new java.util.HashSet<>();
        ZoneId zone = ZoneId.of("Europe/Moscow");
        for (Object[] r : read.rows("""
                select s.id, s.short_name, s.mark_max, p.id, s.time_zone from school s
                join academic_year y on y.school_id = s.id and y.current
                join study_period p on p.year_id = y.id and p.kind = ?2 and p.number = ?3
                where s.authority_id = ?1 order by s.short_name""", me.authorityId(), kind, number)) {
            long school = ((Number) r[0]).longValue();
            if (!policy.may(Operation.REPORTS_CROSS_SCHOOL, Target.school(school))) {
                continue;
            }
            Period period = read.period(((Number) r[3]).longValue());
            List<StudentMarks> roll = all(read.rolls(period, read.classes(period, null)));
            int markMax = ((Number) r[2]).intValue();
            scales.add(markMax);
            everyone.addAll(roll);
            zone = ZoneId.of((String) r[4]);
            lines.add(new SchoolLine((String) r[1], ProgressFigures.of(roll, markMax)));
        }
        ProgressFigures total = scales.size() == 1 ? ProgressFigures.of(everyone, scales.iterator().next()) : null;
        return new AcrossSchools(authority, FinalMarks.periodName(kind, number), Instant.now(), zone, lines, total);
    }

    /**
     * The summary of a closed period's classes, for the term-closing job's summary sheets (the job's start
     * checked the right to close the period; no caller here).
     */
    public SchoolProgress ofClosing(long periodId, Set<Long> classIds, boolean wholeSchool) {
        PeriodRolls read = new PeriodRolls(em);
        Period period = read.period(periodId);
        return build(read, period, read.classes(period, classIds), wholeSchool);
    }

    private SchoolProgress build(PeriodRolls read, Period period, List<SchoolClassLine> classes, boolean wholeSchool) {
        School school = em.find(School.class, period.schoolId());
        int markMax = school.getMarkMax();
        Map<Long, List<StudentMarks>> now = read.rolls(period, classes);
        Period previous = read.neighbour(period, false);
        Map<Long, List<StudentMarks>> before = previous == null ? Map.of() : read.rolls(previous, classes);
        List<ClassProgress> lines = new ArrayList<>();
        for (SchoolClassLine c : classes) {
            List<StudentMarks> b = before.get(c.id());
            lines.add(new ClassProgress(c.id(), c.name(), c.classTeacher(),
                    ProgressFigures.of(now.getOrDefault(c.id(), List.of()), markMax),
                    b == null ? null : ProgressFigures.of(b, markMax)));
        }
        ProgressFigures total = ProgressFigures.of(all(now), markMax);
        ProgressFigures previousTotal = previous == null ? null : ProgressFigures.of(all(before), markMax);
        Period lastYear = wholeSchool ? read.neighbour(period, true) : null;
        ProgressFigures lastYearTotal = null;
        if (lastYear != null) {
            lastYearTotal = ProgressFigures.of(all(read.rolls(lastYear, read.classes(lastYear, null))), markMax);
        }
        return new SchoolProgress(school.getName(), school.zone(), markMax, period.id(), period.name(),
                period.startsOn(), period.endsOn(), Instant.now(), wholeSchool, lines, total,
                previous == null ? null : previous.name(), previousTotal, lastYear == null ? null : lastYear.name(),
                lastYearTotal, school.isShowsSou());
    }

    private static List<StudentMarks> all(Map<Long, List<StudentMarks>> byClass) {
        return byClass.values().stream().flatMap(List::stream).toList();
    }
}
