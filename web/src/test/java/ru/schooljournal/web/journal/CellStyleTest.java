package ru.schooljournal.web.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The grid's colours follow the school's scale (SPEC §5: values within the school's scale). */
class CellStyleTest {

    @Test
    void onAFivePointScaleOnesAndTwosAreLow() {
        assertEquals("low", JournalPage.cellStyle("2", 1, 5));
        assertEquals("low", JournalPage.cellStyle("5 1к", 1, 5));
        assertNull(JournalPage.cellStyle("3", 1, 5));
        assertNull(JournalPage.cellStyle("4к 5", 1, 5));
        assertEquals("absent", JournalPage.cellStyle("Н 5к", 1, 5));
    }

    @Test
    void onATenPointScaleTheLowestQuarterIsLow() {
        assertEquals("low", JournalPage.cellStyle("3", 1, 10));
        assertNull(JournalPage.cellStyle("4", 1, 10));
        assertNull(JournalPage.cellStyle("10", 1, 10), "ten is not a one followed by a zero");
        assertNull(JournalPage.cellStyle("", 1, 10));
    }
}
