package ru.schooljournal.journal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The journal's rules from SPEC §5, one test per rule, before the journal grid wires them into its EJB. */
class JournalRulesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), MOSCOW).toInstant();
    }

    private static MarkRules.Entry mark(int grade, LocalDate lesson, boolean held, int value, Long workType,
                                        boolean absent, boolean handedIn) {
        return new MarkRules.Entry(grade, lesson, held, value, 1, 5, workType, absent, handedIn);
    }

    @Test
    void editWindowStaysOpenUntilTheEndOfTheSeventhDayAfterTheLesson() {
        EditWindow window = new EditWindow(7, MOSCOW);
        assertTrue(window.allows(MONDAY, at(MONDAY.plusDays(7), 23, 59), null));
        assertFalse(window.allows(MONDAY, at(MONDAY.plusDays(8), 0, 0), null));
    }

    @Test
    void editWindowLengthIsTheSchoolsSetting() {
        assertFalse(new EditWindow(2, MOSCOW).allows(MONDAY, at(MONDAY.plusDays(3), 9, 0), null));
        assertTrue(new EditWindow(10, MOSCOW).allows(MONDAY, at(MONDAY.plusDays(3), 9, 0), null));
        assertTrue(new EditWindow(0, MOSCOW).allows(MONDAY, at(MONDAY, 21, 0), null), "0 days: the lesson's own day");
    }

    @Test
    void administratorsOpeningAllowsChangesForTwelveHoursOnly() {
        EditWindow window = new EditWindow(7, MOSCOW);
        Instant granted = at(MONDAY.plusDays(20), 10, 0);
        assertTrue(window.allows(MONDAY, at(MONDAY.plusDays(20), 21, 59), granted));
        assertFalse(window.allows(MONDAY, at(MONDAY.plusDays(20), 22, 0), granted), "12 hours have run out");
        assertFalse(window.allows(MONDAY, at(MONDAY.plusDays(20), 9, 59), granted), "not before the grant");
    }

    @Test
    void noMarksInTheFirstGrade() {
        assertEquals(Optional.of("journal.mark.firstGrade"), MarkRules.violation(mark(1, MONDAY, true, 5, 1L, false, false), MONDAY));
    }

    @Test
    void noMarksForFutureLessons() {
        assertEquals(Optional.of("journal.mark.futureLesson"),
                MarkRules.violation(mark(5, MONDAY.plusDays(1), true, 5, 1L, false, false), MONDAY));
    }

    @Test
    void noMarksForLessonsThatDidNotTakePlace() {
        assertEquals(Optional.of("journal.mark.lessonNotHeld"),
                MarkRules.violation(mark(5, MONDAY.minusDays(1), false, 4, 1L, false, false), MONDAY));
    }

    @Test
    void markValueWithinTheSchoolsScale() {
        assertEquals(Optional.of("journal.mark.outOfScale"), MarkRules.violation(mark(5, MONDAY, true, 6, 1L, false, false), MONDAY));
        assertEquals(Optional.of("journal.mark.outOfScale"), MarkRules.violation(mark(5, MONDAY, true, 0, 1L, false, false), MONDAY));
        assertEquals(Optional.empty(), MarkRules.violation(new MarkRules.Entry(5, MONDAY, true, 10, 1, 10, 1L, false, false), MONDAY),
                "a ten-point school");
    }

    @Test
    void aMarkNeedsAWorkType() {
        assertEquals(Optional.of("journal.mark.workTypeRequired"), MarkRules.violation(mark(5, MONDAY, true, 4, null, false, false), MONDAY));
    }

    @Test
    void absenceAndAMarkInOneCellOnlyForWorkHandedIn() {
        assertEquals(Optional.of("journal.mark.absentWithoutWork"), MarkRules.violation(mark(5, MONDAY, true, 4, 1L, true, false), MONDAY));
        assertEquals(Optional.empty(), MarkRules.violation(mark(5, MONDAY, true, 4, 1L, true, true), MONDAY));
    }

    @Test
    void homeworkOnlyForALessonAfterToday() {
        assertEquals(Optional.of("journal.homework.notLater"), HomeworkRule.violation(5, MONDAY, MONDAY));
        assertEquals(Optional.of("journal.homework.notLater"), HomeworkRule.violation(5, MONDAY.minusDays(1), MONDAY));
        assertEquals(Optional.empty(), HomeworkRule.violation(5, MONDAY.plusDays(2), MONDAY));
    }

    @Test
    void noHomeworkInTheFirstGrade() {
        assertEquals(Optional.of("journal.homework.firstGrade"), HomeworkRule.violation(1, MONDAY.plusDays(2), MONDAY));
    }
}
