package ru.schooljournal.journal.control;

import jakarta.persistence.EntityManager;
import ru.schooljournal.platform.RuleViolation;

/**
 * A lesson is marked as not held (cancelled) only while nothing is written in it for a student — no marks and no
 * absences: a cancel must never hide the journal's record (SPEC §5). One rule for the teacher's lesson panel and
 * the deputy's changes of the day.
 */
public final class CancelRule {

    private CancelRule() {
    }

    /** Refuses the cancel of a lesson with marks or absences in it. */
    public static void require(EntityManager em, long lessonId) {
        long written = ((Number) em.createNativeQuery("""
                        select (select count(*) from mark where lesson_id = ?1) + (select count(*) from attendance where lesson_id = ?1)""")
                .setParameter(1, lessonId).getSingleResult()).longValue();
        if (written > 0) {
            throw new RuleViolation("journal.lesson.cancelWritten");
        }
    }
}
