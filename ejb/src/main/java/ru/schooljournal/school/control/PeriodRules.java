package ru.schooljournal.school.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.schooljournal.school.entity.PeriodKind;

/**
 * The study periods of one kind (SPEC §4): as many as the kind has (4 quarters, 3 trimesters, 2 halves),
 * each starting no later than it ends, inside the academic year, in order and not overlapping. Returns
 * the key of the message that explains a refusal, and its arguments.
 */
public final class PeriodRules {

    public record Refusal(String messageKey, Object... args) {
    }

    private PeriodRules() {
    }

    public static Optional<Refusal> check(LocalDate yearStart, LocalDate yearEnd, PeriodKind kind, List<LocalDate[]> ranges) {
        if (ranges.size() != kind.count()) {
            return Optional.of(new Refusal("calendar.periodCount", kind.count()));
        }
        LocalDate previousEnd = null;
        for (int i = 0; i < ranges.size(); i++) {
            LocalDate start = ranges.get(i)[0];
            LocalDate end = ranges.get(i)[1];
            if (start == null || end == null) {
                return Optional.of(new Refusal("calendar.periodDates", i + 1));
            }
            if (end.isBefore(start)) {
                return Optional.of(new Refusal("calendar.periodBackwards", i + 1));
            }
            if (start.isBefore(yearStart) || end.isAfter(yearEnd)) {
                return Optional.of(new Refusal("calendar.periodOutsideYear", i + 1));
            }
            if (previousEnd != null && !start.isAfter(previousEnd)) {
                return Optional.of(new Refusal("calendar.periodOverlap", i + 1, i));
            }
            previousEnd = end;
        }
        return Optional.empty();
    }

    /**
     * The usual periods of a year starting in {@code startYear} (the federal calendar: quarters 1.09–25.10,
     * 5.11–28.12, 9.01–21.03, 31.03–26.05; halves 1.09–28.12, 9.01–26.05) — a starting point the school
     * edits; empty for trimesters, which schools set themselves.
     */
    public static List<LocalDate[]> usual(PeriodKind kind, int startYear) {
        int y = startYear;
        return switch (kind) {
            case QUARTER -> List.of(range(y, 9, 1, y, 10, 25), range(y, 11, 5, y, 12, 28),
                    range(y + 1, 1, 9, y + 1, 3, 21), range(y + 1, 3, 31, y + 1, 5, 26));
            case HALF -> List.of(range(y, 9, 1, y, 12, 28), range(y + 1, 1, 9, y + 1, 5, 26));
            case TRIMESTER -> List.of();
        };
    }

    private static LocalDate[] range(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new LocalDate[] {LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2)};
    }
}
