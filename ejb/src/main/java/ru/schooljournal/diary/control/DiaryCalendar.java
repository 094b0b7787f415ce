package ru.schooljournal.diary.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * What a day is in a class's diary (SPEC §4, §6): a school day of one of its grade's study periods, the holidays
 * between them («Каникулы»), a day off the school's calendar names («Выходной», with its note), Sunday, or outside
 * the academic year; and the weeks the diary may show (the academic year's, no further). A day that works as
 * another weekday (a Saturday on Monday's timetable) is a school day with that weekday's lessons. The same reading
 * of the calendar as the lessons are laid out by ({@code LessonCalendar}): the grade's periods, minus the days off.
 */
public final class DiaryCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        SCHOOL, HOLIDAYS, DAY_OFF, SUNDAY, OUTSIDE_YEAR
    }

    /** A calendar day of the school: off (with its note) or working as another weekday (1 = Monday). */
    public record Special(boolean off, Integer worksAs, String note) implements Serializable {
    }

    /** A day as the diary shows it; {@code weekday} is the timetable's day for a school day (moved days too). */
    public record Day(LocalDate date, Kind kind, String note, DayOfWeek weekday) implements Serializable {

        public boolean school() {
            return kind == Kind.SCHOOL;
        }
    }

    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final List<LocalDate[]> periods;
    private final Map<LocalDate, Special> specials;

    /**
     * @param startsOn the academic year's first day, {@code endsOn} its last
     * @param periods  the grade's study periods (first and last day each)
     * @param specials the school's days off and moved days
     */
    public DiaryCalendar(LocalDate startsOn, LocalDate endsOn, List<LocalDate[]> periods, Map<LocalDate, Special> specials) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.periods = List.copyOf(periods);
        this.specials = Map.copyOf(specials);
    }

    public Day day(LocalDate date) {
        if (date.isBefore(startsOn) || date.isAfter(endsOn)) {
            return new Day(date, Kind.OUTSIDE_YEAR, null, null);
        }
        Special special = specials.get(date);
        if (special != null && special.off()) {
            return new Day(date, Kind.DAY_OFF, special.note(), null);
        }
        boolean inPeriod = periods.stream().anyMatch(p -> !date.isBefore(p[0]) && !date.isAfter(p[1]));
        if (!inPeriod) {
            return new Day(date, Kind.HOLIDAYS, null, null);
        }
        if (special != null && special.worksAs() != null) {
            return new Day(date, Kind.SCHOOL, special.note(), DayOfWeek.of(special.worksAs()));
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new Day(date, Kind.SUNDAY, null, null);
        }
        return new Day(date, Kind.SCHOOL, null, date.getDayOfWeek());
    }

    /** The Monday of the first week of the year, and of its last. */
    public LocalDate firstMonday() {
        return startsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate lastMonday() {
        return endsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of {@code day}'s week, kept within the year: before it, its first week; after it, its last. */
    public LocalDate weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.isBefore(firstMonday()) ? firstMonday() : monday.isAfter(lastMonday()) ? lastMonday() : monday;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
