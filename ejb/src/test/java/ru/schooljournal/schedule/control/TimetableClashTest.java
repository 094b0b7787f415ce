package ru.schooljournal.schedule.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.schooljournal.schedule.control.TimetableClash.Placed;

/** SPEC §4 timetable clashes, with subgroups: groups of a class may share a time, the whole class may not. */
class TimetableClashTest {

    private static final Placed ENGLISH_GROUP_1 =
            new Placed(1, 10, "5А", "английский язык (1 гр.)", 100L, "Иванова А. А.", "201", 1000, true);

    @Test
    void theOtherGroupOfTheClassMayHaveALessonAtTheSameTime() {
        Placed group2 = new Placed(0, 10, "5А", "английский язык (2 гр.)", 101L, null, "202", 1001, true);
        assertTrue(TimetableClash.find(group2, List.of(ENGLISH_GROUP_1)).isEmpty());
    }

    @Test
    void theWholeClassMayNotHaveALessonWhileAGroupHasOne() {
        Placed math = new Placed(0, 10, "5А", "математика", 102L, null, "203", 1002, false);
        assertEquals("schedule.clash.class", TimetableClash.find(math, List.of(ENGLISH_GROUP_1)).orElseThrow().messageKey());
    }

    @Test
    void theSameGroupTwiceAtOneTimeClashes() {
        Placed again = new Placed(0, 10, "5А", "английский язык (1 гр.)", 100L, null, "204", 1000, true);
        assertEquals("schedule.clash.class", TimetableClash.find(again, List.of(ENGLISH_GROUP_1)).orElseThrow().messageKey());
    }

    @Test
    void oneTeacherCannotTeachBothGroupsAtOnce() {
        Placed group2SameTeacher = new Placed(0, 10, "5А", "английский язык (2 гр.)", 100L, null, "202", 1001, true);
        TimetableClash.Clash clash = TimetableClash.find(group2SameTeacher, List.of(ENGLISH_GROUP_1)).orElseThrow();
        assertEquals("schedule.clash.teacher", clash.messageKey());
        assertEquals("Иванова А. А.", clash.args()[0]);
    }

    @Test
    void twoGroupsInOneRoomClash() {
        Placed group2SameRoom = new Placed(0, 10, "5А", "английский язык (2 гр.)", 101L, null, " 201 ", 1001, true);
        assertEquals("schedule.clash.room", TimetableClash.find(group2SameRoom, List.of(ENGLISH_GROUP_1)).orElseThrow().messageKey());
    }
}
