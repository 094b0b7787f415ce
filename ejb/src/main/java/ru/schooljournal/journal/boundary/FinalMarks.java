package ru.schooljournal.journal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.journal.boundary.Journal.CellSaved;
import ru.schooljournal.journal.control.ClassSubjectFacts;
import ru.schooljournal.journal.control.FinalMarkRule;
import ru.schooljournal.journal.control.JournalHistory;
import ru.schooljournal.journal.entity.FinalMark;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.school.entity.School;

/**
 * Final marks (SPEC §5; seed 001 §8.5–8.7): for a period, the year, the exam and the final (итоговая), set
 * by the subject teacher in their class's subject or by the class teacher in every subject of their class
 * (FINALS_EDIT with the scopes SUBJ and CLASS). A value on the school's scale, «н/а» or «осв»; every change
 * kept in the journal's history; a final mark someone else changed meanwhile is not overwritten.
 */
@Stateless
@PermitAll // who may do what is the access matrix's (AccessPolicy), not a fixed list of roles
public class FinalMarks {

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @EJB
    PeriodLocks locks;

    public CellSaved set(long classSubjectId, long studentId, FinalMark.Kind kind, Long periodId, String seen,
                         String typed) {
        Caller me = currentCaller.get();
        ClassSubjectFacts f = ClassSubjectFacts.load(em, classSubjectId);
        policy.check(Operation.FINALS_EDIT, Target.classSubject(classSubjectId));
        if ((kind == FinalMark.Kind.PERIOD) != (periodId != null)) {
            throw new RuleViolation("journal.periodNotFound");
        }
        if (periodId != null && em.createQuery("""
                        select count(p) from StudyPeriod p where p.id = :p and p.year.id = :y""", Long.class)
                .setParameter("p", periodId).setParameter("y", f.yearId()).getSingleResult() == 0) {
            throw new RuleViolation("journal.periodNotFound");
        }
        if (em.createQuery("""
                        select count(m) from ClassMembership m where m.schoolClass.id = :c and m.student.id = :s""",
                        Long.class)
                .setParameter("c", f.classId()).setParameter("s", studentId).getSingleResult() == 0) {
            throw new RuleViolation("journal.studentNotInClass");
        }
        if (f.subgroup() && !inGroupFor(f.classSubjectId(), studentId, periodId)) {
            throw new RuleViolation("journal.studentNotInGroup");
        }
        if (periodId != null) {
            locks.refuseFor(f.classId(), periodId); // a closed period: for everyone, until it is reopened
        }
        FinalMarkRule.Outcome outcome = FinalMarkRule.read(typed, f.grade(), f.markMin(), f.markMax());
        FinalMarkRule.refusal(outcome).ifPresent(key -> {
            throw new RuleViolation(key, typed, f.markMin(), f.markMax());
        });
        // Two people setting one student's first final mark at once: without a row to lock, both would insert and
        // the second hit the unique index. The class's subject is locked for the moment of the write instead, so
        // the second waits, finds the first one's mark and is told (SPEC §5: no lost update).
        em.createNativeQuery("select id from class_subject where id = ? for update").setParameter(1, classSubjectId)
                .getResultList();
        var query = em.createQuery("""
                        select fm from FinalMark fm where fm.classSubjectId = :cs and fm.studentId = :s and fm.kind = :k
                        """ + " and " + (periodId == null ? "fm.periodId is null" : "fm.periodId = :p"), FinalMark.class)
                .setParameter("cs", classSubjectId).setParameter("s", studentId).setParameter("k", kind)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE);
        if (periodId != null) {
            query.setParameter("p", periodId);
        }
        List<FinalMark> found = query.getResultList();
        FinalMark mark = found.isEmpty() ? null : found.get(0);
        String stored = mark == null ? "" : mark.getValue();
        String value = outcome.value();
        if (Objects.equals(stored, value)) {
            return new CellSaved(stored, false); // nothing to do, also when the same change arrives twice
        }
        if (seen != null && !seen.trim().equals(stored)) {
            return new CellSaved(stored, true);
        }
        if (value.isEmpty()) {
            em.remove(mark);
        } else if (mark == null) {
            mark = new FinalMark(em.getReference(School.class, f.schoolId()), classSubjectId, studentId, kind, periodId);
            mark.set(value, me.accountId());
            em.persist(mark);
        } else {
            mark.set(value, me.accountId());
        }
        new JournalHistory(em).finalMark(f.schoolId(), classSubjectId, studentId, key(kind, periodId), stored, value,
                me.accountId());
        return new CellSaved(value, false);
    }

    /** The key of a final mark in a student's row: PERIOD:12, YEAR, EXAM, FINAL. */
    public static String key(FinalMark.Kind kind, Long periodId) {
        return kind == FinalMark.Kind.PERIOD ? kind.name() + ":" + periodId : kind.name();
    }

    /**
     * A subgroup's teacher marks the period of a student who was in the group at the period's end, and the
     * year of one who is in it now (a student who changed groups has each period marked where they were).
     */
    private boolean inGroupFor(long groupId, long studentId, Long periodId) {
        if (periodId == null) {
            return em.createQuery("""
                            select count(g) from SubgroupMember g where g.classSubjectId = :cs and g.studentId = :s
                            and g.toOn is null""", Long.class)
                    .setParameter("cs", groupId).setParameter("s", studentId).getSingleResult() > 0;
        }
        return em.createQuery("""
                        select count(g) from SubgroupMember g, StudyPeriod p where p.id = :p and g.classSubjectId = :cs
                        and g.studentId = :s and g.fromOn <= p.endsOn and (g.toOn is null or g.toOn >= p.endsOn)""",
                        Long.class)
                .setParameter("p", periodId).setParameter("cs", groupId).setParameter("s", studentId)
                .getSingleResult() > 0;
    }

    public static String periodName(String kind, int number) {
        return number + " " + switch (kind) {
            case "QUARTER" -> "четверть";
            case "TRIMESTER" -> "триместр";
            default -> "полугодие";
        };
    }

    public static String kindName(FinalMark.Kind kind) {
        return switch (kind) {
            case PERIOD -> "За период";
            case YEAR -> "Год";
            case EXAM -> "Экзамен";
            case FINAL -> "Итоговая";
        };
    }
}
