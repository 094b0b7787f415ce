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
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.reports.control.DateRange;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.school.entity.School;

/**
 * The movement of students over any dates and the classes' occupancy (SPEC §8, administrative: REPORTS_ADMIN) —
 * per class on the roll at the start, arrived, left, at the end (boys and girls), from the class memberships the
 * movement book writes (a student is in a class from the day enrolled to their last day); and the orders of the
 * dates with their numbers. Two statements.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class MovementReport {

    public record ClassLine(String className, String classTeacher, int atStart, int arrived, int left, int atEnd,
                            int boys, int girls) implements Serializable {
    }

    public record Order(LocalDate date, String number, String kind, String student, String fromClass, String toClass,
                        String note) implements Serializable {
    }

    public record Movement(String school, ZoneId zone, LocalDate from, LocalDate to, Instant builtAt,
                           List<ClassLine> classes, List<Order> orders) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** Refuses unless the caller may have administrative reports of their school. */
    public void requireRight() {
        ReportReach.administrative(policy, currentCaller.get());
    }

    @SuppressWarnings("unchecked")
    public Movement of(LocalDate from, LocalDate to) {
        Caller me = currentCaller.get();
        ReportReach.administrative(policy, me);
        DateRange.require(from, to);
        School school = em.find(School.class, me.schoolId());
        List<ClassLine> classes = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select c.grade || c.letter, t.last_name, t.first_name, t.middle_name,
                               count(m.id) filter (where m.enrolled_on <= ?2 and (m.left_on is null or m.left_on >= ?2)),
                               count(m.id) filter (where m.enrolled_on > ?2 and m.enrolled_on <= ?3),
                               count(m.id) filter (where m.left_on >= ?2 and m.left_on < ?3),
                               count(m.id) filter (where m.enrolled_on <= ?3 and (m.left_on is null or m.left_on >= ?3)),
                               count(m.id) filter (where m.enrolled_on <= ?3 and (m.left_on is null or m.left_on >= ?3)
                                                   and p.sex = 'M'),
                               count(m.id) filter (where m.enrolled_on <= ?3 and (m.left_on is null or m.left_on >= ?3)
                                                   and p.sex = 'F')
                        from school_class c join academic_year y on y.id = c.year_id
                             left join person t on t.id = c.class_teacher_id
                             left join class_membership m on m.class_id = c.id left join person p on p.id = m.student_id
                        where c.school_id = ?1 and y.current
                        group by c.id, c.grade, c.letter, t.last_name, t.first_name, t.middle_name
                        order by c.grade, c.letter""")
                .setParameter(1, me.schoolId()).setParameter(2, from).setParameter(3, to).getResultList()) {
            classes.add(new ClassLine((String) r[0], r[1] == null ? "" : PersonName.initials((String) r[1], (String) r[2],
                    (String) r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9])));
        }
        List<Order> orders = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select o.date, o.number, o.kind, p.last_name, p.first_name, p.middle_name,
                               fc.grade || fc.letter, tc.grade || tc.letter, o.note
                        from movement_order o join person p on p.id = o.student_id
                             left join school_class fc on fc.id = o.from_class_id left join school_class tc on tc.id = o.to_class_id
                        where o.school_id = ?1 and o.date between ?2 and ?3 order by o.date, o.number, p.last_name""")
                .setParameter(1, me.schoolId()).setParameter(2, from).setParameter(3, to).getResultList()) {
            orders.add(new Order(r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0], (String) r[1],
                    kind((String) r[2]), PersonName.withFirstName((String) r[3], (String) r[4], (String) r[5]),
                    (String) r[6], (String) r[7], (String) r[8]));
        }
        return new Movement(school.getName(), school.zone(), from, to, Instant.now(), classes, orders);
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "ENROL" -> "Зачисление";
            case "TRANSFER" -> "Перевод в другой класс";
            case "LEAVE" -> "Выбытие из школы";
            case "PROMOTE" -> "Перевод в следующий класс";
            case "CONDITIONAL" -> "Условный перевод";
            case "REPEAT" -> "Повторное обучение";
            case "GRADUATE" -> "Выпуск";
            default -> kind;
        };
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
