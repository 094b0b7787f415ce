package ru.schooljournal.roster.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.school.boundary.SchoolSetup.Item;
import ru.schooljournal.school.entity.AcademicYear;

/** The classes of the current year (SPEC §4): the list (CLASSES_VIEW) and a new class (CLASSES_EDIT). */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class SchoolClasses {

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public List<Item> classes() {
        Caller me = currentCaller.get();
        policy.check(Operation.CLASSES_VIEW, Target.school(me.schoolId()));
        return em.createQuery("""
                        select c.id, c.grade, c.letter, c.room from SchoolClass c where c.school.id = :s and c.year.current = true
                        order by c.grade, c.letter""", Object[].class)
                .setParameter("s", me.schoolId()).getResultList().stream()
                .map(r -> new Item((Long) r[0], r[1] + (String) r[2], (String) r[3])).toList();
    }

    /** A class of the current year: grade 1–11 and a letter (5А), with its room. */
    public long addClass(int grade, String letter, String room) {
        Caller me = currentCaller.get();
        policy.check(Operation.CLASSES_EDIT, Target.school(me.schoolId()));
        String l = letter == null ? "" : letter.strip().toUpperCase(Locale.ROOT);
        if (grade < 1 || grade > 11) {
            throw new RuleViolation("calendar.badGrade");
        }
        if (!l.matches("[А-ЯЁ]{1,2}")) {
            throw new RuleViolation("setup.classLetter");
        }
        if (room != null && room.strip().length() > 20) {
            throw new RuleViolation("schedule.roomTooLong");
        }
        AcademicYear year = AcademicYear.currentOrRefuse(em, me.schoolId());
        if (!em.createQuery("select c.id from SchoolClass c where c.year = :y and c.grade = :g and c.letter = :l", Long.class)
                .setParameter("y", year).setParameter("g", grade).setParameter("l", l).getResultList().isEmpty()) {
            throw new RuleViolation("setup.classExists", grade + l);
        }
        SchoolClass c = new SchoolClass(year, grade, l);
        c.setRoom(room == null || room.isBlank() ? null : room.strip());
        em.persist(c);
        em.flush();
        return c.getId();
    }
}
