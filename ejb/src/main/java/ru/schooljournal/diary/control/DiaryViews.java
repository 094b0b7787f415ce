package ru.schooljournal.diary.control;

import jakarta.persistence.EntityManager;
import ru.schooljournal.access.control.Caller;

/**
 * Who reads the diary (SPEC §6: the class teacher sees which parents and students use it): a view of a student's
 * diary by the student or a parent is one row of {@code diary_view} — who viewed whose, and when. One insert on
 * the hot path and nothing else; the class teacher's report reads them.
 */
public final class DiaryViews {

    private DiaryViews() {
    }

    /** Records {@code caller}'s view of the student's diary — the caller's access has been checked already. */
    public static void record(EntityManager em, Caller caller, long studentId) {
        if (caller.personId() == null || caller.schoolId() == null) {
            return; // nobody the report could name (an administrator acting without a person card)
        }
        em.createNativeQuery("insert into diary_view (school_id, student_id, viewer_id) values (?1, ?2, ?3)")
                .setParameter(1, caller.schoolId()).setParameter(2, studentId).setParameter(3, caller.personId())
                .executeUpdate();
    }
}
