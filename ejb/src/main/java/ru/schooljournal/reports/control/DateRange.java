package ru.schooljournal.reports.control;

import java.time.LocalDate;
import ru.schooljournal.platform.RuleViolation;

/** The dates a report covers: both given, in order, and no longer than a school year. */
public final class DateRange {

    /** The longest stretch one report covers: a school year. */
    public static final int MAX_DAYS = 366;

    private DateRange() {
    }

    public static void require(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("reports.dates.order");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new RuleViolation("reports.dates.tooLong", MAX_DAYS);
        }
    }
}
