package ru.schooljournal.journal.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One journal page as the grid shows it (SPEC §5): a class's subject for one study period, students in
 * rows, lessons in columns, then the averages, the forecast and the final marks; and what the reader may
 * change in it.
 */
public record JournalSheet(long classSubjectId, String className, String subject, int grade, Period period,
                           List<Period> periods, List<LessonColumn> lessons, List<StudentRow> students,
                           List<WorkTypeInfo> workTypes, List<FinalColumn> finals, Rights rights,
                           LocalDate today, int markMin, int markMax, String averaging) implements Serializable {

    public record Period(long id, String name, LocalDate startsOn, LocalDate endsOn) implements Serializable {
    }

    /**
     * A lesson: its date and number, topic, the work done and its type's letter, the homework set for it;
     * {@code mine}: the reader keeps this lesson's journal (its subject teacher, the substitute who gave it,
     * or the administrator); {@code editable}: and may enter its marks and attendance now (it has taken
     * place, and the edit window or an opening allows); {@code planTopic}: the thematic plan's topic for it (the
     * plan line numbered as the lesson's place among the subject's lessons of the year, cancelled ones
     * not counted), offered when the lesson has none.
     */
    public record LessonColumn(long id, LocalDate date, int number, String topic, String workDone, Long workTypeId,
                               String workTypeKey, String homework, boolean cancelled, int version, boolean mine,
                               boolean editable, boolean future, String planTopic) implements Serializable {
    }

    /**
     * A student's row: the cells by lesson id with their versions (the latest history row's id; a cell without
     * one is version 0), the averages and the final marks by {@link FinalColumn#key()}.
     */
    public record StudentRow(long studentId, String name, boolean inClassThroughout, Map<Long, String> cells,
                             Map<Long, Long> versions, int markCount, BigDecimal average, BigDecimal weightedAverage, Integer forecast,
                             boolean tooFewMarks, Map<String, String> finals) implements Serializable {
    }

    public record WorkTypeInfo(long id, String name, String key, BigDecimal weight, boolean handedIn)
            implements Serializable {
    }

    /** A final-mark column: the period's, and in the year's last period the year, exam and final marks. */
    /** A column of final marks; {@code locked}: its period is closed in this class (term closing). */
    public record FinalColumn(String key, String kind, Long periodId, String title, boolean locked)
            implements Serializable {
    }

    /** What the reader may do here; the EJB checks again on every change. */
    /** What the reader may do in this journal; {@code plans}: open its thematic plan (КТП). */
    public record Rights(boolean marks, boolean reasons, boolean finals, boolean plans) implements Serializable {
    }
}
