package ru.schooljournal.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.reports.control.DateRange;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.school.entity.School;

/**
 * Teaching hours given against planned (SPEC §8, the teacher's report): per teacher who gave the lessons, class
 * and subject — hours a week and the year's plan (hours × 34 weeks, 33 in the first grade), the lessons of the
 * timetable on the dates, due by today, given (held by this teacher, up to today), cancelled, given as a
 * substitute, and the share given of those due (a cancelled lesson is an hour not given). Same reach as every class report ({@link ReportReach}); two statements.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class TeachingHours {

    public record Line(String teacher, String className, String subject, BigDecimal hoursPerWeek, BigDecimal yearPlan,
                       int laidOut, int due, int given, int cancelled, int asSubstitute, BigDecimal givenPercent)
            implements Serializable {
    }

    public record Hours(String school, ZoneId zone, LocalDate from, LocalDate to, Instant builtAt, boolean wholeSchool,
                        List<Line> lines) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @SuppressWarnings("unchecked")
    public Hours of(LocalDate from, LocalDate to, Long classId) {
        Caller me = currentCaller.get();
        Set<Long> only = ReportReach.narrowed(ReportReach.of(policy, me), classId, me);
        DateRange.require(from, to);
        School school = em.find(School.class, me.schoolId());
        ZoneId zone = school.zone();
        LocalDate today = LocalDate.now(zone);
        String scope = only == null ? "" : " and c.id in (" + only.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
        List<Object[]> rows = em.createNativeQuery("""
                        select t.last_name, t.first_name, t.middle_name, c.grade, c.letter, s.name, cs.group_no,
                               cs.hours_per_week, count(*),
                               count(*) filter (where l.date <= ?4),
                               count(*) filter (where not l.cancelled and l.date <= ?4),
                               count(*) filter (where l.cancelled),
                               count(*) filter (where not l.cancelled and l.date <= ?4
                                                and l.teacher_id is distinct from cs.teacher_id),
                               bool_or(l.teacher_id is not distinct from cs.teacher_id)
                        from lesson l join class_subject cs on cs.id = l.class_subject_id
                             join school_class c on c.id = cs.class_id join academic_year y on y.id = c.year_id
                             join subject s on s.id = cs.subject_id left join person t on t.id = l.teacher_id
                        where c.school_id = ?1 and y.current and l.date between ?2 and ?3 %s
                        group by t.id, t.last_name, t.first_name, t.middle_name, c.grade, c.letter, s.name, cs.id,
                                 cs.group_no, cs.hours_per_week
                        order by t.last_name, t.first_name, t.id, c.grade, c.letter, s.name, cs.group_no"""
                        .formatted(scope))
                .setParameter(1, me.schoolId()).setParameter(2, from).setParameter(3, to).setParameter(4, today)
                .getResultList();
        List<Line> lines = new ArrayList<>();
        for (Object[] r : rows) {
            int grade = ((Number) r[3]).intValue();
            BigDecimal hours = (BigDecimal) r[7];
            boolean own = Boolean.TRUE.equals(r[13]);
            int due = n(r[9]);
            int given = n(r[10]);
            lines.add(new Line(r[0] == null ? "—" : PersonName.initials((String) r[0], (String) r[1], (String) r[2]),
                    grade + (String) r[4], (String) r[5] + (r[6] == null ? "" : " (группа " + r[6] + ")"),
                    own ? hours : null, own ? hours.multiply(BigDecimal.valueOf(grade == 1 ? 33 : 34)) : null,
                    n(r[8]), n(r[9]), given, n(r[11]), n(r[12]),
                    due == 0 ? null : BigDecimal.valueOf(given * 100L)
                            .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP)));
        }
        return new Hours(school.getName(), zone, from, to, Instant.now(), only == null, lines);
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
