package ru.schooljournal.journal.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules a mark must keep before it is written (SPEC §5), each returning the key of the message that
 * explains a refusal:
 * <ul>
 *   <li>no marks in the first grade (seed 000 §3.7);</li>
 *   <li>no marks for a future lesson, nor for a lesson that did not take place (seed 002 §17.4);</li>
 *   <li>the value is within the school's scale (seed 003 appendix);</li>
 *   <li>a mark is tied to a work type (seed 003 «Порядок работы учителя» §6);</li>
 *   <li>an absent student gets a mark only for work handed in (SPEC §5).</li>
 * </ul>
 */
public final class MarkRules {

    /** What is known about the mark being entered. */
    public record Entry(int grade, LocalDate lessonDate, boolean lessonHeld, int value, int scaleMin, int scaleMax,
                        Long workTypeId, boolean studentAbsent, boolean workHandedIn) {
    }

    private MarkRules() {
    }

    public static Optional<String> violation(Entry e, LocalDate today) {
        if (e.grade() == 1) {
            return Optional.of("journal.mark.firstGrade");
        }
        if (e.lessonDate().isAfter(today)) {
            return Optional.of("journal.mark.futureLesson");
        }
        if (!e.lessonHeld()) {
            return Optional.of("journal.mark.lessonNotHeld");
        }
        if (e.value() < e.scaleMin() || e.value() > e.scaleMax()) {
            return Optional.of("journal.mark.outOfScale");
        }
        if (e.workTypeId() == null) {
            return Optional.of("journal.mark.workTypeRequired");
        }
        if (e.studentAbsent() && !e.workHandedIn()) {
            return Optional.of("journal.mark.absentWithoutWork");
        }
        return Optional.empty();
    }
}
