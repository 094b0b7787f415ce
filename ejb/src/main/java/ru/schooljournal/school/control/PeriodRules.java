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
}
