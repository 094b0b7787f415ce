package ru.schooljournal.schedule.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §4 bell schedule: each lesson starts before it ends and after the one before it has ended. */
class BellRulesTest {

    private static final Map<Integer, LocalTime[]> DAY = Map.of(
            1, times("08:30", "09:15"), 2, times("09:25", "10:10"), 3, times("10:30", "11:15"));

    @Test
    void aLessonAfterTheLastOneIsAccepted() {
        assertTrue(BellRules.check(DAY, 4, t("11:35"), t("12:20")).isEmpty());
    }

    @Test
    void changingALessonWithinItsBreaksIsAccepted() {
        assertTrue(BellRules.check(DAY, 2, t("09:20"), t("10:05")).isEmpty());
    }

    @Test
    void aLessonThatEndsBeforeItStartsIsRefused() {
        assertEquals("bells.backwards", BellRules.check(DAY, 4, t("12:20"), t("11:35")).orElseThrow().messageKey());
    }

    @Test
    void aLessonStartingBeforeThePreviousEndsIsRefusedWithThatLessonNamed() {
        BellRules.Refusal r = BellRules.check(DAY, 4, t("11:00"), t("11:45")).orElseThrow();
        assertEquals("bells.overlap", r.messageKey());
        assertEquals(3, r.args()[1]);
        assertEquals(t("11:15"), r.args()[2]);
    }

    @Test
    void aLessonRunningIntoTheNextIsRefused() {
        assertEquals("bells.overlapNext", BellRules.check(DAY, 2, t("09:20"), t("10:40")).orElseThrow().messageKey());
    }

    @Test
    void missingTimesAndNumbersOutsideTheDayAreRefused() {
        assertEquals("bells.times", BellRules.check(DAY, 4, null, t("12:20")).orElseThrow().messageKey());
        assertEquals("bells.number", BellRules.check(DAY, 13, t("18:00"), t("18:45")).orElseThrow().messageKey());
    }

    private static LocalTime t(String s) {
        return LocalTime.parse(s);
    }

    private static LocalTime[] times(String a, String b) {
        return new LocalTime[] {t(a), t(b)};
    }
}
