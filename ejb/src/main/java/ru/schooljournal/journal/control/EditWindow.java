package ru.schooljournal.journal.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The edit window (SPEC §5; seed 002 §17.4, seed 003 §7.4): marks and attendance of a lesson may be entered
 * and corrected until the end of the N-th day after the lesson (a school setting, 7 by default), in the
 * school's time zone. After that, only while an opening granted by the administrator for that date and
 * teacher lasts (12 hours from the grant).
 */
public record EditWindow(int days, ZoneId zone) {

    public static final Duration OPENING = Duration.ofHours(12);

    public EditWindow {
        if (days < 0) {
            throw new IllegalArgumentException("edit window days < 0: " + days);
        }
    }

    /** The last moment the lesson's marks may be changed without an opening. */
    public Instant closesAt(LocalDate lessonDate) {
        return lessonDate.plusDays(days + 1L).atStartOfDay(zone).toInstant();
    }

    public boolean isOpen(LocalDate lessonDate, Instant now) {
        return now.isBefore(closesAt(lessonDate));
    }

    /**
     * Whether a change is allowed now: within the window, or under an administrator's opening granted at
     * {@code openingGrantedAt} (null when there is none) that has not yet run out.
     */
    public boolean allows(LocalDate lessonDate, Instant now, Instant openingGrantedAt) {
        if (isOpen(lessonDate, now)) {
            return true;
        }
        return openingGrantedAt != null && !now.isBefore(openingGrantedAt)
                && now.isBefore(openingGrantedAt.plus(OPENING));
    }
}
