package ru.schooljournal.journal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a final mark may be: a mark on the school's scale, «н/а» or «осв»; none in the first grade. */
class FinalMarkRuleTest {

    @Test
    void finalMarksAreOnTheScaleOrNotAssessedOrExempt() {
        assertEquals("4", FinalMarkRule.read(" 4 ", 5, 1, 5).value());
        assertEquals("н/а", FinalMarkRule.read("Н/А", 5, 1, 5).value());
        assertEquals("осв", FinalMarkRule.read("осв", 5, 1, 5).value());
        assertEquals("", FinalMarkRule.read("", 5, 1, 5).value(), "cleared");
        assertEquals("journal.mark.outOfScale", FinalMarkRule.read("6", 5, 1, 5).refusal());
        assertEquals("journal.final.unreadable", FinalMarkRule.read("хор", 5, 1, 5).refusal());
    }

    @Test
    void noFinalMarksInTheFirstGrade() {
        FinalMarkRule.Outcome o = FinalMarkRule.read("5", 1, 1, 5);
        assertNull(o.value());
        assertEquals("journal.mark.firstGrade", o.refusal());
    }
}
