package ru.schooljournal.web.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import ru.schooljournal.schedule.boundary.WeeklyTimetable.Slot;

/** The week as bells × days, as the class, teacher and room timetables draw it. */
final class WeekGrid {

    /** Monday to Saturday. */
    static final List<Integer> WEEKDAYS = List.of(1, 2, 3, 4, 5, 6);

    private WeekGrid() {
    }

    /** The bells the grid shows: 1–7 and any other the lessons use. */
    static List<Integer> numbers(List<Slot> slots) {
        TreeSet<Integer> numbers = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7));
        slots.forEach(s -> numbers.add(s.number()));
        return new ArrayList<>(numbers);
    }

    static List<Slot> at(List<Slot> slots, int day, int bell) {
        return slots.stream().filter(s -> s.weekday() == day && s.number() == bell).toList();
    }
}
