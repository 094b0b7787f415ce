package ru.schooljournal.reports.boundary;

import static ru.schooljournal.platform.NativeRows.instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.reports.control.DateRange;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.school.entity.School;

/**
 * Who uses the diary (SPEC §6, the class teacher; SPEC §8, the activity report «logins and diary views by parents
 * and students per class, each half-year»): per class the students and the parents on the roll in the dates, how
 * many of them signed in, their sign-ins and their views of the diary, and who has never signed in; for one class
 * also each student and each parent — the last sign-in («ни разу не входил»), sign-ins and diary views in the
 * dates, views this week, and the parent's «Ознакомлен(а)» under last week and this one. Same reach as every class
 * report ({@link ReportReach}): the class teacher their class, the deputy every class. One statement.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class Activity {

    /** A class's figures: students and parents, those who signed in, sign-ins, diary views; never signed in. */
    public record ClassLine(long classId, String className, int students, int studentsSignedIn, int studentSignIns,
                            int studentViews, int parents, int parentsSignedIn, int parentSignIns, int parentViews,
                            int neverSignedIn) implements Serializable {
    }

    /**
     * A student or one of their parents: {@code who} is «ученик» or the parent's relation and name; {@code lastSignIn}
     * null when never; the acknowledgements are a parent's, null when not signed (or for the student).
     */
    public record PersonLine(String student, String who, boolean parent, boolean hasAccount, Instant lastSignIn,
                             int signIns, int viewsThisWeek, int views, Instant acknowledgedLastWeek,
                             Instant acknowledgedThisWeek) implements Serializable {
    }

    public record Usage(String school, ZoneId zone, LocalDate from, LocalDate to, LocalDate thisWeek, Instant builtAt,
                        boolean wholeSchool, List<ClassLine> classes, String className, List<PersonLine> people)
            implements Serializable {

        public boolean oneClass() {
            return className != null;
        }
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** The report's default dates, the half-year so far: from 1 September in the autumn, from 1 January after it. */
    public static LocalDate[] halfYear(LocalDate today) {
        LocalDate start = today.getMonthValue() >= 9 ? LocalDate.of(today.getYear(), 9, 1) : LocalDate.of(today.getYear(), 1, 1);
        return new LocalDate[]{start, today};
    }

    @SuppressWarnings("unchecked")
    public Usage of(LocalDate from, LocalDate to, Long classId) {
        Caller me = currentCaller.get();
        Set<Long> only = ReportReach.narrowed(ReportReach.of(policy, me), classId, me);
        DateRange.require(from, to);
        School school = em.find(School.class, me.schoolId());
        ZoneId zone = school.zone();
        LocalDate thisWeek = LocalDate.now(zone).with(DayOfWeek.MONDAY);
        String scope = only == null ? "" : " and c.id in (" + only.stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + ")";
        List<Object[]> rows = em.createNativeQuery("""
                        with roll as (
                            select c.id as class_id, c.grade, c.letter, m.student_id
                            from class_membership m join school_class c on c.id = m.class_id
                                 join academic_year y on y.id = c.year_id and y.current
                            where c.school_id = ?1 and m.enrolled_on <= ?3 and (m.left_on is null or m.left_on >= ?2) %s
                        ), people as (
                            select r.*, r.student_id as person_id, cast(null as varchar) as relation from roll r
                            union all
                            select r.*, g.parent_id, g.relation from roll r join guardianship g on g.child_id = r.student_id
                        )
                        select p.class_id, p.grade || p.letter, p.student_id, s.last_name, s.first_name, s.middle_name,
                               p.person_id, p.relation, v.last_name, v.first_name, v.middle_name, a.id, a.last_login_at,
                               (select count(*) from login_event e where e.account_id = a.id and e.outcome = 'SUCCESS'
                                       and e.at >= ?4 and e.at < ?5),
                               (select count(*) from diary_view d where d.student_id = p.student_id
                                       and d.viewer_id = p.person_id and d.viewed_at >= ?4 and d.viewed_at < ?5),
                               (select count(*) from diary_view d where d.student_id = p.student_id
                                       and d.viewer_id = p.person_id and d.viewed_at >= ?6),
                               (select k.acknowledged_at from diary_acknowledgement k where k.student_id = p.student_id
                                       and k.parent_id = p.person_id and k.week_of = ?7),
                               (select k.acknowledged_at from diary_acknowledgement k where k.student_id = p.student_id
                                       and k.parent_id = p.person_id and k.week_of = ?8)
                        from people p join person s on s.id = p.student_id join person v on v.id = p.person_id
                             left join lateral (select x.id, x.last_login_at from account x where x.person_id = p.person_id
                                                and x.active order by x.last_login_at desc nulls last limit 1) a on true
                        order by p.grade, p.letter, p.class_id, s.last_name, s.first_name, s.id,
                                 p.relation nulls first, v.last_name, v.first_name, v.id""".formatted(scope))
                .setParameter(1, me.schoolId()).setParameter(2, from).setParameter(3, to)
                .setParameter(4, java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .setParameter(5, java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .setParameter(6, java.sql.Timestamp.from(thisWeek.atStartOfDay(zone).toInstant()))
                .setParameter(7, thisWeek.minusWeeks(1)).setParameter(8, thisWeek)
                .getResultList();
        Map<Long, Tally> byClass = new LinkedHashMap<>();
        List<PersonLine> people = new ArrayList<>();
        for (Object[] r : rows) {
            long cls = ((Number) r[0]).longValue();
            Tally t = byClass.computeIfAbsent(cls, k -> new Tally((String) r[1]));
            boolean parent = r[7] != null;
            boolean hasAccount = r[11] != null;
            Instant last = instant(r[12]);
            int signIns = n(r[13]);
            int views = n(r[14]);
            long person = ((Number) r[6]).longValue();
            if (parent) {
                if (t.parents.add(person)) {
                    t.parentSignIns += signIns;
                    if (signIns > 0) {
                        t.parentsSignedIn++;
                    }
                    if (last == null) {
                        t.never++;
                    }
                }
                t.parentViews += views;
            } else {
                t.students++;
                t.studentSignIns += signIns;
                t.studentViews += views;
                if (signIns > 0) {
                    t.studentsSignedIn++;
                }
                if (last == null) {
                    t.never++;
                }
            }
            people.add(new PersonLine(PersonName.initials((String) r[3], (String) r[4], (String) r[5]),
                    parent ? relation((String) r[7]) + ": " + PersonName.initials((String) r[8], (String) r[9], (String) r[10])
                            : "ученик",
                    parent, hasAccount, last, signIns, n(r[15]), views, instant(r[16]), instant(r[17])));
        }
        List<ClassLine> classes = new ArrayList<>();
        byClass.forEach((id, t) -> classes.add(new ClassLine(id, t.name, t.students, t.studentsSignedIn, t.studentSignIns,
                t.studentViews, t.parents.size(), t.parentsSignedIn, t.parentSignIns, t.parentViews, t.never)));
        boolean one = only != null && only.size() == 1 && classes.size() == 1;
        return new Usage(school.getName(), zone, from, to, thisWeek, Instant.now(), only == null, classes,
                one ? classes.get(0).className() : null, one ? people : List.of());
    }

    private static final class Tally {
        final String name;
        final Set<Long> parents = new HashSet<>();
        int students, studentsSignedIn, studentSignIns, studentViews, parentsSignedIn, parentSignIns, parentViews, never;

        Tally(String name) {
            this.name = name;
        }
    }

    private static String relation(String relation) {
        return switch (relation) {
            case "MOTHER" -> "мать";
            case "FATHER" -> "отец";
            default -> "опекун";
        };
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
