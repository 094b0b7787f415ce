package ru.schooljournal.diary.boundary;

import static ru.schooljournal.platform.NativeRows.date;

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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;

/**
 * «Ознакомлен(а)»: a parent confirms having read a week of their child's diary (SPEC §6; the paper diary's weekly
 * signature). Only a parent of the child (its guardianship, not merely the matrix's DIARY_VIEW) signs, for a week of
 * the current year that has begun; a second time keeps the first. Who has signed which week is read here by the
 * diary and by the class teacher's activity report.
 */
@Stateless
@PermitAll // the guardianship and DIARY_VIEW are asked below
public class Acknowledgements {

    private static final Logger LOG = Logger.getLogger(Acknowledgements.class.getName());

    /** A parent's signature under a week: who and when; {@code mine} when it is the caller's. */
    public record Acknowledged(String parent, Instant at, boolean mine) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** The caller, a parent of the student, has read the week of {@code day}. */
    public void acknowledge(long studentId, LocalDate day) {
        Caller me = currentCaller.get();
        if (day == null) {
            throw new RuleViolation("diary.ack.noWeek");
        }
        boolean guardian = me.has(Role.PARENT) && me.personId() != null && !em.createNativeQuery(
                        "select 1 from guardianship where parent_id = ?1 and child_id = ?2")
                .setParameter(1, me.personId()).setParameter(2, studentId).getResultList().isEmpty();
        if (!guardian || !policy.may(Operation.DIARY_VIEW, Target.student(studentId))) {
            LOG.warning(() -> "Refused: " + me.login() + " acknowledging the diary of person " + studentId);
            throw new AccessDenied("diary.ack.notAParent", me.login() + " -> " + studentId);
        }
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        List<?> found = em.createNativeQuery("""
                        select y.starts_on, y.ends_on, (now() at time zone s.time_zone)::date, s.id
                        from academic_year y join school s on s.id = y.school_id
                        where y.school_id = (select school_id from person where id = ?1) and y.current""")
                .setParameter(1, studentId).getResultList();
        if (found.isEmpty()) {
            throw new RuleViolation("diary.notInAClass");
        }
        Object[] year = (Object[]) found.get(0);
        LocalDate today = date(year[2]);
        if (monday.isAfter(today)) {
            throw new RuleViolation("diary.ack.future");
        }
        if (monday.plusDays(6).isBefore(date(year[0])) || monday.isAfter(date(year[1]))) {
            throw new RuleViolation("diary.ack.outsideYear");
        }
        em.createNativeQuery("""
                        insert into diary_acknowledgement (school_id, student_id, week_of, parent_id) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, ((Number) year[3]).longValue()).setParameter(2, studentId).setParameter(3, monday)
                .setParameter(4, me.personId()).executeUpdate();
    }

    /** Who of the student's parents has signed the week of {@code day}, in the order they did. */
    public List<Acknowledged> ofWeek(long studentId, LocalDate day) {
        Caller me = currentCaller.get();
        if (!policy.may(Operation.DIARY_VIEW, Target.student(studentId))) {
            throw new AccessDenied("access.denied.notYourDiary", me.login() + " -> " + studentId);
        }
        return signed(em, studentId, day, me.personId());
    }

    /** The signatures under a week, for a reader whose access has been checked: one statement. */
    @SuppressWarnings("unchecked")
    static List<Acknowledged> signed(EntityManager em, long studentId, LocalDate day, Long myPersonId) {
        List<Acknowledged> signed = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select p.id, p.last_name, p.first_name, p.middle_name, d.acknowledged_at from diary_acknowledgement d
                        join person p on p.id = d.parent_id where d.student_id = ?1 and d.week_of = ?2
                        order by d.acknowledged_at""")
                .setParameter(1, studentId).setParameter(2, day.with(DayOfWeek.MONDAY)).getResultList()) {
            signed.add(new Acknowledged(PersonName.initials((String) r[1], (String) r[2], (String) r[3]),
                    ((java.sql.Timestamp) r[4]).toInstant(), myPersonId != null && myPersonId == ((Number) r[0]).longValue()));
        }
        return signed;
    }

}
