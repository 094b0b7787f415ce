package ru.schooljournal.schedule.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One lesson as the timetable shows it: when, which class, which subject, who teaches it and where. */
public record TimetableLesson(DayOfWeek day, int number, LocalTime startsAt, LocalTime endsAt, long classId,
                              String className, String subject, String teacher, String room)
        implements Serializable {
}
