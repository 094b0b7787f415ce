package ru.schooljournal.diary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.schooljournal.diary.control.DiaryCalendar.Kind;
import ru.schooljournal.diary.control.DiaryCalendar.Special;

/** What a day is in the diary (SPEC §4, §6): school day, holidays, a day off, outside the year. */
class DiaryCalendarTest {

    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);

    private final DiaryCalendar quarters = new DiaryCalendar(SEP_1, LocalDate.of(2027, 5, 31),
            List.of(new LocalDate[]{SEP_1, LocalDate.of(2026, 10, 24)},
                    new LocalDate[]{LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 27)}),
            Map.of(LocalDate.of(2026, 11, 4), new Special(true, null, "День народного единства"),
                    LocalDate.of(2026, 11, 14), new Special(false, 3, "Перенос с 4 ноября")));

    @Test
    void theDaysBetweenTheGradesPeriodsAreHolidaysNotLessons() {
        assertEquals(Kind.HOLIDAYS, quarters.day(LocalDate.of(2026, 10, 28)).kind(), "the autumn holidays");
        assertEquals(Kind.SCHOOL, quarters.day(LocalDate.of(2026, 10, 23)).kind(), "the quarter's last Friday");
        assertEquals(Kind.HOLIDAYS, quarters.day(LocalDate.of(2026, 12, 30)).kind(),
                "after the last period the grade keeps, before the year's end");
    }

    @Test
    void aDayOffShowsItsNoteAndAMovedDayTakesItsWeekdaysTimetable() {
        DiaryCalendar.Day off = quarters.day(LocalDate.of(2026, 11, 4));
        assertEquals(Kind.DAY_OFF, off.kind());
        assertEquals("День народного единства", off.note());
        DiaryCalendar.Day moved = quarters.day(LocalDate.of(2026, 11, 14));
        assertTrue(moved.school());
        assertEquals(DayOfWeek.WEDNESDAY, moved.weekday(), "a Saturday working on Wednesday's timetable");
        assertEquals(Kind.SUNDAY, quarters.day(LocalDate.of(2026, 11, 8)).kind());
    }

    @Test
    void theWeeksShownStayWithinTheAcademicYear() {
        assertEquals(Kind.OUTSIDE_YEAR, quarters.day(LocalDate.of(2027, 6, 15)).kind(), "the summer");
        assertEquals(LocalDate.of(2026, 8, 31), quarters.weekOf(LocalDate.of(2026, 7, 1)), "before the year: its first week");
        assertEquals(LocalDate.of(2027, 5, 31), quarters.weekOf(LocalDate.of(2027, 8, 1)), "after it: its last");
        assertEquals(LocalDate.of(2026, 11, 2), quarters.weekOf(LocalDate.of(2026, 11, 5)));
    }
}
