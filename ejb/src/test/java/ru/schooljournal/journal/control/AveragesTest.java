package ru.schooljournal.journal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Averages, the forecast of the period mark and the warning of too few marks (SPEC §5). */
class AveragesTest {

    private static Averages.Weighed mark(int value, int weight) {
        return new Averages.Weighed(value, BigDecimal.valueOf(weight));
    }

    @Test
    void weightedAverageCountsAControlWorkThreeTimes() {
        List<Averages.Weighed> marks = List.of(mark(5, 1), mark(5, 1), mark(3, 3));
        Averages weighted = Averages.of(marks, Averages.Way.WEIGHTED, BigDecimal.ONE);
        assertEquals(new BigDecimal("4.33"), weighted.simple());
        assertEquals(new BigDecimal("3.80"), weighted.weighted());
        assertEquals(4, weighted.forecast(), "the forecast follows the school's way of averaging");
        assertEquals(4, Averages.of(marks, Averages.Way.SIMPLE, BigDecimal.ONE).forecast());
    }

    @Test
    void forecastRoundsHalfUp() {
        assertEquals(5, Averages.of(List.of(mark(5, 1), mark(4, 1)), Averages.Way.SIMPLE, BigDecimal.ONE).forecast());
        assertEquals(3, Averages.of(List.of(mark(3, 1), mark(3, 1), mark(4, 1)), Averages.Way.SIMPLE, BigDecimal.ONE)
                .forecast());
    }

    @Test
    void tooFewMarksForAFairFinalMarkDependsOnTheSubjectsHours() {
        List<Averages.Weighed> four = List.of(mark(5, 1), mark(4, 1), mark(4, 1), mark(5, 1));
        assertFalse(Averages.of(four, Averages.Way.SIMPLE, BigDecimal.ONE).tooFewMarks(), "1 hour a week: 3 are enough");
        assertTrue(Averages.of(four, Averages.Way.SIMPLE, BigDecimal.valueOf(2)).tooFewMarks(), "2 hours: 5 needed");
        assertTrue(Averages.of(four, Averages.Way.SIMPLE, BigDecimal.valueOf(5)).tooFewMarks(), "5 hours: 7 needed");
    }

    @Test
    void noMarksNoAverage() {
        Averages none = Averages.of(List.of(), Averages.Way.WEIGHTED, BigDecimal.valueOf(4));
        assertNull(none.simple());
        assertNull(none.forecast());
        assertTrue(none.tooFewMarks());
    }
}
