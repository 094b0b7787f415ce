package ru.schooljournal.journal.control;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import ru.schooljournal.journal.entity.JournalChange;
import ru.schooljournal.journal.entity.JournalChange.Field;
import ru.schooljournal.journal.entity.Lesson;
import ru.schooljournal.journal.entity.WorkType;

/**
 * The one writer of the journal's history ({@code journal_change}, append-only: SPEC §5, every change keeps its
 * history), for the journal, the final marks, the day's changes and the period locks. It writes what a person
 * reads — a work type's name, not its id; «да»/«нет», not true/false — and nothing when nothing changed.
 */
public final class JournalHistory {

    private final EntityManager em;

    public JournalHistory(EntityManager em) {
        this.em = em;
    }

    /** A lesson's own field changed: its topic, work done, homework, teacher, time, or whether it was held. */
    public void lesson(Lesson lesson, Field field, String before, String after, String why, long by) {
        write(lesson.getSchool().getId(), lesson.getClassSubjectId(), lesson.getId(), null, field, null, before, after, why, by);
    }

    /** The lesson's work type changed, as its names. */
    public void workType(Lesson lesson, Long before, Long after, long by) {
        if (!Objects.equals(before, after)) {
            lesson(lesson, Field.WORK_TYPE, workTypeName(before), workTypeName(after), null, by);
        }
    }

    /** Whether the lesson was held changed: «нет» → «да» when it is cancelled. */
    public void cancelled(Lesson lesson, boolean before, boolean after, String why, long by) {
        lesson(lesson, Field.CANCELLED, yesNo(before), yesNo(after), why, by);
    }

    /** A student's cell of a lesson: its marks (as the grid writes them, «5к 4») or attendance («Н», «Б»…). */
    public void cell(long schoolId, long classSubjectId, long lessonId, long studentId, Field field, String before,
                     String after, String why, long by) {
        write(schoolId, classSubjectId, lessonId, studentId, field, null, before, after, why, by);
    }

    /** A student's final mark in the column {@code column} («PERIOD:12», «YEAR»…). */
    public void finalMark(long schoolId, long classSubjectId, long studentId, String column, String before, String after,
                          long by) {
        write(schoolId, classSubjectId, null, studentId, Field.FINAL, column, before, after, null, by);
    }

    /** A class's period closed or opened again, in each of its subjects' history. */
    public void periodLock(long schoolId, long classSubjectId, String column, String before, String after, String why,
                           long by) {
        write(schoolId, classSubjectId, null, null, Field.PERIOD_LOCK, column, before, after, why, by);
    }

    public static String yesNo(boolean b) {
        return b ? "да" : "нет";
    }

    private String workTypeName(Long id) {
        if (id == null) {
            return null;
        }
        WorkType w = em.find(WorkType.class, id);
        return w == null ? String.valueOf(id) : w.getName();
    }

    private void write(long schoolId, long classSubjectId, Long lessonId, Long studentId, Field field, String detail,
                       String before, String after, String why, long by) {
        if (Objects.equals(blankToNull(before), blankToNull(after))) {
            return;
        }
        em.persist(new JournalChange(schoolId, classSubjectId, lessonId, studentId, field, detail, before, after,
                why == null || why.isBlank() ? null : why.strip(), by));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
