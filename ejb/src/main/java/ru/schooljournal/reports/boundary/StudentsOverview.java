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
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.school.entity.School;

/**
 * General data on the students (SPEC §8, administrative: REPORTS_ADMIN) on a date: per grade the students on the
 * roll, boys and girls, their ages (full years on that date), and the health groups I–V and PE groups from their
 * medical cards — counts only, no names; and the occupancy of each class (SPEC §8 «наполняемость классов»): its
 * students, boys and girls against the most a class of the school takes ({@code school.class_capacity}, 25
 * unless the school set it). Two statements.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class StudentsOverview {

    /** Ages shown as columns: up to 6, each year 7–17, 18 and over. */
    public static final int YOUNGEST = 6;
    public static final int OLDEST = 18;

    public record GradeLine(int grade, int classes, int students, int boys, int girls, int[] byAge, int[] byHealth,
                            int[] byPe, int noCard) implements Serializable {
    }

    /** A class's occupancy on the date: its students against the most the school's classes take. */
    public record ClassLine(String name, String classTeacher, int students, int boys, int girls) implements Serializable {
    }

    public record Overview(String school, ZoneId zone, LocalDate on, Instant builtAt, List<GradeLine> grades,
                           int capacity, List<ClassLine> classes) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @SuppressWarnings("unchecked")
    public Overview on(LocalDate day) {
        var me = currentCaller.get();
        ReportReach.administrative(policy, me);
        School school = em.find(School.class, me.schoolId());
        ZoneId zone = school.zone();
        LocalDate on = day == null ? LocalDate.now(zone) : day;
        StringBuilder ages = new StringBuilder();
        for (int age = YOUNGEST; age <= OLDEST; age++) {
            String cond = age == YOUNGEST ? "<= " + age : age == OLDEST ? ">= " + age : "= " + age;
            ages.append(", count(*) filter (where extract(year from age(?2, p.birth_date)) ").append(cond).append(")");
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select c.grade, count(distinct c.id), count(*), count(*) filter (where p.sex = 'M'),
                               count(*) filter (where p.sex = 'F')%s,
                               count(*) filter (where mc.health_group = 'I'), count(*) filter (where mc.health_group = 'II'),
                               count(*) filter (where mc.health_group = 'III'), count(*) filter (where mc.health_group = 'IV'),
                               count(*) filter (where mc.health_group = 'V'),
                               count(*) filter (where mc.pe_group = 'MAIN'), count(*) filter (where mc.pe_group = 'PREPARATORY'),
                               count(*) filter (where mc.pe_group = 'SPECIAL'), count(*) filter (where mc.pe_group = 'EXEMPT'),
                               count(*) filter (where mc.person_id is null)
                        from class_membership m join school_class c on c.id = m.class_id
                             join academic_year y on y.id = c.year_id join person p on p.id = m.student_id
                             left join medical_card mc on mc.person_id = p.id
                        where c.school_id = ?1 and y.current and m.enrolled_on <= ?2 and (m.left_on is null or m.left_on >= ?2)
                        group by c.grade order by c.grade""".formatted(ages))
                .setParameter(1, me.schoolId()).setParameter(2, on).getResultList();
        int nAges = OLDEST - YOUNGEST + 1;
        List<GradeLine> grades = new ArrayList<>();
        for (Object[] r : rows) {
            int[] byAge = new int[nAges];
            for (int i = 0; i < nAges; i++) {
                byAge[i] = n(r[5 + i]);
            }
            int h = 5 + nAges;
            grades.add(new GradeLine(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), byAge,
                    new int[]{n(r[h]), n(r[h + 1]), n(r[h + 2]), n(r[h + 3]), n(r[h + 4])},
                    new int[]{n(r[h + 5]), n(r[h + 6]), n(r[h + 7]), n(r[h + 8])}, n(r[h + 9])));
        }
        List<Object[]> byClass = em.createNativeQuery("""
                        select c.grade || c.letter, t.last_name, t.first_name, t.middle_name, count(m.id),
                               count(m.id) filter (where p.sex = 'M'), count(m.id) filter (where p.sex = 'F'),
                               (select s.class_capacity from school s where s.id = c.school_id)
                        from school_class c join academic_year y on y.id = c.year_id
                             left join person t on t.id = c.class_teacher_id
                             left join class_membership m on m.class_id = c.id and m.enrolled_on <= ?2
                                  and (m.left_on is null or m.left_on >= ?2)
                             left join person p on p.id = m.student_id
                        where c.school_id = ?1 and y.current
                        group by c.id, c.grade, c.letter, t.last_name, t.first_name, t.middle_name
                        order by c.grade, c.letter""")
                .setParameter(1, me.schoolId()).setParameter(2, on).getResultList();
        List<ClassLine> classes = new ArrayList<>();
        int capacity = 25;
        for (Object[] r : byClass) {
            capacity = n(r[7]);
            classes.add(new ClassLine((String) r[0], r[1] == null ? ""
                    : PersonName.initials((String) r[1], (String) r[2], (String) r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return new Overview(school.getName(), zone, on, Instant.now(), grades, capacity, classes);
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
