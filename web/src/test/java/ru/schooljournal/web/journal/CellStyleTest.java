package ru.schooljournal.web.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The grid's colours follow the school's scale (SPEC §5: values within the school's scale). */
class CellStyleTest {

    @Test
    void onAFivePointScaleOnesAndTwosAreLow() {
        assertEquals("low", JournalGrid.cellStyle("2", 1, 5));
        assertEquals("low", JournalGrid.cellStyle("5 1к", 1, 5));
        assertNull(JournalGrid.cellStyle("3", 1, 5));
        assertNull(JournalGrid.cellStyle("4к 5", 1, 5));
        assertEquals("absent", JournalGrid.cellStyle("Н 5к", 1, 5));
    }

    @Test
    void onATenPointScaleTheLowestQuarterIsLow() {
        assertEquals("low", JournalGrid.cellStyle("3", 1, 10));
        assertNull(JournalGrid.cellStyle("4", 1, 10));
        assertNull(JournalGrid.cellStyle("10", 1, 10), "ten is not a one followed by a zero");
        assertNull(JournalGrid.cellStyle("", 1, 10));
    }
}
