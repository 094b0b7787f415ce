package ru.schooljournal.school.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.boundary.LessonCalendar;
import ru.schooljournal.school.control.PeriodRules;
import ru.schooljournal.school.entity.AcademicYear;
import ru.schooljournal.school.entity.CalendarDay;
import ru.schooljournal.school.entity.GradePeriodKind;
import ru.schooljournal.school.entity.PeriodKind;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.StudyPeriod;

/**
 * The school's calendar for the current year (SPEC §4; PERIODS_EDIT — the deputy): the study periods of
 * each kind with their boundaries (the gaps between them are the holidays), which kind each grade keeps,
 * and the days off and moved days inside the periods. Every change lays the untouched lessons from
 * tomorrow out anew; lessons already written in stay.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class SchoolCalendar {

    public record Period(long id, PeriodKind kind, int number, LocalDate startsOn, LocalDate endsOn) implements Serializable {
    }

    public record Day(long id, LocalDate date, CalendarDay.Kind kind, Integer worksAs, String note) implements Serializable {
    }

    public record View(String year, LocalDate startsOn, LocalDate endsOn, List<Period> periods,
                       Map<Integer, PeriodKind> kindByGrade, List<Day> days) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @EJB
    LessonCalendar lessons;

    public View view() {
        AcademicYear year = currentYear(Operation.CURRICULUM_VIEW);
        List<Period> periods = em.createQuery("""
                        select p.id, p.kind, p.number, p.startsOn, p.endsOn from StudyPeriod p where p.year = :y
                        order by p.kind, p.number""", Object[].class)
                .setParameter("y", year).getResultList().stream()
                .map(r -> new Period((Long) r[0], (PeriodKind) r[1], (Integer) r[2], (LocalDate) r[3], (LocalDate) r[4]))
                .toList();
        Map<Integer, PeriodKind> kinds = new TreeMap<>();
        em.createQuery("select g.grade, g.kind from GradePeriodKind g where g.year = :y", Object[].class)
                .setParameter("y", year).getResultList().forEach(r -> kinds.put((Integer) r[0], (PeriodKind) r[1]));
        List<Day> days = em.createQuery("""
                        select d.id, d.date, d.kind, d.worksAs, d.note from CalendarDay d
                        where d.school = :s and d.date between :from and :to order by d.date""", Object[].class)
                .setParameter("s", year.getSchool()).setParameter("from", year.getStartsOn())
                .setParameter("to", year.getEndsOn()).getResultList().stream()
                .map(r -> new Day((Long) r[0], (LocalDate) r[1], (CalendarDay.Kind) r[2], (Integer) r[3], (String) r[4]))
                .toList();
        return new View(year.getName(), year.getStartsOn(), year.getEndsOn(), periods, kinds, days);
    }

    /** Whether the caller's school has a current academic year (if not, the calendar page opens one). */
    public boolean hasYear() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            return false;
        }
        policy.check(Operation.CURRICULUM_VIEW, Target.school(me.schoolId()));
        return AcademicYear.current(em, me.schoolId()).isPresent();
    }

    /**
     * Opens the school's first academic year (later years are opened by closing the year before). It starts
     * with the usual quarters and halves where they fit inside it — grades 1–9 by quarters, 10–11 by halves
     * — which the school then edits.
     */
    public long openFirstYear(LocalDate startsOn, LocalDate endsOn) {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new RuleViolation("calendar.noYear");
        }
        policy.check(Operation.PERIODS_EDIT, Target.school(me.schoolId()));
        if (!em.createQuery("select y.id from AcademicYear y where y.school.id = :s", Long.class)
                .setParameter("s", me.schoolId()).getResultList().isEmpty()) {
            throw new RuleViolation("calendar.yearExists");
        }
        if (startsOn == null || endsOn == null || !startsOn.isBefore(endsOn)) {
            throw new RuleViolation("calendar.yearDates");
        }
        if (endsOn.isAfter(startsOn.plusMonths(13)) || endsOn.isBefore(startsOn.plusMonths(6))) {
            throw new RuleViolation("calendar.yearLength");
        }
        AcademicYear year = new AcademicYear(em.find(School.class, me.schoolId()), startsOn, endsOn, true);
        em.persist(year);
        for (PeriodKind kind : List.of(PeriodKind.QUARTER, PeriodKind.HALF)) {
            List<LocalDate[]> usual = PeriodRules.usual(kind, startsOn.getYear());
            if (usual.isEmpty() || PeriodRules.check(startsOn, endsOn, kind, usual).isPresent()) {
                continue;
            }
            for (int i = 0; i < usual.size(); i++) {
                em.persist(new StudyPeriod(year, kind, i + 1, usual.get(i)[0], usual.get(i)[1]));
            }
            for (int grade = kind == PeriodKind.QUARTER ? 1 : 10; grade <= (kind == PeriodKind.QUARTER ? 9 : 11); grade++) {
                em.persist(new GradePeriodKind(year, grade, kind));
            }
        }
        em.flush();
        return year.getId();
    }

    /** The boundaries of all periods of one kind, first to last. */
    public void setPeriods(PeriodKind kind, List<LocalDate[]> ranges) {
        AcademicYear year = currentYear(Operation.PERIODS_EDIT);
        PeriodRules.check(year.getStartsOn(), year.getEndsOn(), kind, ranges).ifPresent(r -> {
            throw new RuleViolation(r.messageKey(), r.args());
        });
        List<StudyPeriod> existing = em.createQuery(
                        "select p from StudyPeriod p where p.year = :y and p.kind = :k order by p.number", StudyPeriod.class)
                .setParameter("y", year).setParameter("k", kind).getResultList();
        for (int i = 0; i < ranges.size(); i++) {
            int number = i + 1;
            StudyPeriod p = existing.stream().filter(x -> x.getNumber() == number).findFirst().orElse(null);
            if (p == null) {
                em.persist(new StudyPeriod(year, kind, number, ranges.get(i)[0], ranges.get(i)[1]));
            } else {
                p.setDates(ranges.get(i)[0], ranges.get(i)[1]);
            }
        }
        em.flush();
        lessons.relaySchoolFromTomorrow(year.getSchool().getId());
    }

    /** Which kind of periods a grade keeps this year (quarters, trimesters, halves). */
    public void setGradeKind(int grade, PeriodKind kind) {
        AcademicYear year = currentYear(Operation.PERIODS_EDIT);
        if (grade < 1 || grade > 11) {
            throw new RuleViolation("calendar.badGrade");
        }
        long periods = em.createQuery("select count(p) from StudyPeriod p where p.year = :y and p.kind = :k", Long.class)
                .setParameter("y", year).setParameter("k", kind).getSingleResult();
        if (periods != kind.count()) {
            throw new RuleViolation("calendar.kindWithoutPeriods");
        }
        List<GradePeriodKind> found = em.createQuery(
                        "select g from GradePeriodKind g where g.year = :y and g.grade = :g", GradePeriodKind.class)
                .setParameter("y", year).setParameter("g", grade).getResultList();
        if (found.isEmpty()) {
            em.persist(new GradePeriodKind(year, grade, kind));
        } else {
            found.get(0).setKind(kind);
        }
        em.flush();
        lessons.relaySchoolFromTomorrow(year.getSchool().getId());
    }

    /** A day off, or a day that works on another weekday's timetable ({@code worksAs}, 1 = Monday). */
    public void addDay(LocalDate date, CalendarDay.Kind kind, Integer worksAs, String note) {
        AcademicYear year = currentYear(Operation.PERIODS_EDIT);
        if (date == null || date.isBefore(year.getStartsOn()) || date.isAfter(year.getEndsOn())) {
            throw new RuleViolation("calendar.dayOutsideYear");
        }
        if (kind == CalendarDay.Kind.WORKS_AS && (worksAs == null || worksAs < 1 || worksAs > 6)) {
            throw new RuleViolation("calendar.worksAsDay");
        }
        if (note != null && note.length() > 200) {
            throw new RuleViolation("calendar.noteTooLong");
        }
        School school = year.getSchool();
        if (!em.createQuery("select d.id from CalendarDay d where d.school = :s and d.date = :d", Long.class)
                .setParameter("s", school).setParameter("d", date).getResultList().isEmpty()) {
            throw new RuleViolation("calendar.dayTwice");
        }
        if (date.isBefore(LocalDate.now(school.zone()).plusDays(1))) {
            throw new RuleViolation("calendar.dayInThePast");
        }
        em.persist(new CalendarDay(school, date, kind, kind == CalendarDay.Kind.WORKS_AS ? worksAs : null,
                note == null || note.isBlank() ? null : note.strip()));
        em.flush();
        lessons.relaySchoolFromTomorrow(school.getId());
    }

    public void removeDay(long id) {
        AcademicYear year = currentYear(Operation.PERIODS_EDIT);
        CalendarDay day = em.find(CalendarDay.class, id);
        if (day == null || !day.getSchool().getId().equals(year.getSchool().getId())) {
            return;
        }
        em.remove(day);
        em.flush();
        lessons.relaySchoolFromTomorrow(year.getSchool().getId());
    }

    private AcademicYear currentYear(Operation op) {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new RuleViolation("calendar.noYear");
        }
        policy.check(op, Target.school(me.schoolId()));
        return AcademicYear.currentOrRefuse(em, me.schoolId());
    }
}
