package ru.schooljournal.journal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.platform.RuleViolation;

/** What a teacher types into a journal cell, read and shown back (SPEC §5). */
class CellTest {

    @Test
    void aMarkWithoutALetterTakesTheLessonsWorkType() {
        Cell c = Cell.parse("5").withLessonKey("о");
        assertEquals(List.of(new Cell.Entry(5, "о")), c.marks());
        assertEquals("5", c.format("о"), "the lesson's own letter is not shown");
        assertEquals("5о", c.format("к"));
    }

    @Test
    void severalMarksAndAnAbsenceInOneCell() {
        Cell c = Cell.parse("  н  5к, 4с ");
        assertEquals(Attendance.Kind.ABSENT, c.attendance());
        assertNull(c.reason());
        assertEquals(List.of(new Cell.Entry(5, "к"), new Cell.Entry(4, "с")), c.marks());
        assertEquals("Н 5к 4с", c.format("о"));
    }

    @Test
    void absenceReasonsReadAsAbsentWithTheReason() {
        assertEquals(Attendance.Reason.ILLNESS, Cell.parse("Б").reason());
        assertEquals(Attendance.Reason.VALID, Cell.parse("уп").reason());
        assertEquals(Attendance.Reason.NOT_VALID, Cell.parse("НП").reason());
        assertEquals(Attendance.Reason.EXCUSED, Cell.parse("осв").reason());
        assertEquals("Б", Cell.parse("б").format(null));
        assertEquals(Attendance.Kind.LATE, Cell.parse("О").attendance());
    }

    @Test
    void anEnglishKeyboardLayoutStillReads() {
        assertEquals(Attendance.Kind.ABSENT, Cell.parse("H").attendance(), "Latin H looks like Н");
        assertEquals(Attendance.Kind.LATE, Cell.parse("O").attendance(), "Latin O looks like О");
    }

    @Test
    void anythingElseIsRefusedWithTheTokenNamed() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Cell.parse("5 отл"));
        assertEquals("journal.cell.unreadable", refused.messageKey());
        assertEquals("отл", refused.args()[0]);
        assertThrows(RuleViolation.class, () -> Cell.parse("Н Н"), "one attendance mark per cell");
        assertEquals(Cell.EMPTY, Cell.parse("   "));
    }
}
