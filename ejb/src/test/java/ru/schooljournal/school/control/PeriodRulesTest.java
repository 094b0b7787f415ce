package ru.schooljournal.school.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.schooljournal.school.entity.PeriodKind;

/** SPEC §4 study periods: the usual ones a new year starts with obey the same rules as typed ones. */
class PeriodRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 5, 31);

    @Test
    void theUsualQuartersAndHalvesFitAYearFromSeptemberToMay() {
        List<LocalDate[]> quarters = PeriodRules.usual(PeriodKind.QUARTER, 2026);
        assertEquals(4, quarters.size());
        assertTrue(PeriodRules.check(START, END, PeriodKind.QUARTER, quarters).isEmpty());
        assertEquals(LocalDate.of(2026, 11, 5), quarters.get(1)[0], "autumn holidays end before the 2nd quarter");
        assertTrue(PeriodRules.check(START, END, PeriodKind.HALF, PeriodRules.usual(PeriodKind.HALF, 2026)).isEmpty());
        assertTrue(PeriodRules.usual(PeriodKind.TRIMESTER, 2026).isEmpty(), "trimesters are the school's own");
    }

    @Test
    void theUsualQuartersDoNotFitAYearEndingInApril() {
        assertEquals("calendar.periodOutsideYear", PeriodRules.check(START, LocalDate.of(2027, 4, 30), PeriodKind.QUARTER,
                PeriodRules.usual(PeriodKind.QUARTER, 2026)).orElseThrow().messageKey());
    }

    @Test
    void overlappingPeriodsAreRefusedNamingBoth() {
        PeriodRules.Refusal r = PeriodRules.check(START, END, PeriodKind.HALF, List.of(
                new LocalDate[] {START, LocalDate.of(2027, 1, 10)},
                new LocalDate[] {LocalDate.of(2027, 1, 9), END})).orElseThrow();
        assertEquals("calendar.periodOverlap", r.messageKey());
        assertEquals(2, r.args()[0]);
        assertEquals(1, r.args()[1]);
    }
}
