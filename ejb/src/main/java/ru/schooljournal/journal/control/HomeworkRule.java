package ru.schooljournal.journal.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Homework is set only for a lesson later than today (seed 002; seed 003 appendix «Запретить назначать
 * домашнее задание на сегодняшний и прошедшие уроки»), and never in the first grade (seed 000 §3.7).
 */
public final class HomeworkRule {

    private HomeworkRule() {
    }

    public static Optional<String> violation(int grade, LocalDate dueLessonDate, LocalDate today) {
        if (grade == 1) {
            return Optional.of("journal.homework.firstGrade");
        }
        if (!dueLessonDate.isAfter(today)) {
            return Optional.of("journal.homework.notLater");
        }
        return Optional.empty();
    }
}
