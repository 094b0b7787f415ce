package ru.schooljournal.schedule.control;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bell schedule (SPEC §4): lesson numbers 0–12, each lesson starting before it ends, and every lesson
 * starting after the one before it has ended — the bells go in order through the day without overlaps.
 * Returns the key of the message that explains a refusal, and its arguments.
 */
public final class BellRules {

    public record Refusal(String messageKey, Object... args) {
    }

    private BellRules() {
    }

    /** The schedule as it would be with {@code number} set to {@code starts}–{@code ends}. */
    public static Optional<Refusal> check(Map<Integer, LocalTime[]> others, int number, LocalTime starts, LocalTime ends) {
        if (number < 0 || number > 12) {
            return Optional.of(new Refusal("bells.number"));
        }
        if (starts == null || ends == null) {
            return Optional.of(new Refusal("bells.times", number));
        }
        if (!starts.isBefore(ends)) {
            return Optional.of(new Refusal("bells.backwards", number));
        }
        TreeMap<Integer, LocalTime[]> all = new TreeMap<>(others);
        all.put(number, new LocalTime[] {starts, ends});
        Map.Entry<Integer, LocalTime[]> before = all.lowerEntry(number);
        if (before != null && starts.isBefore(before.getValue()[1])) {
            return Optional.of(new Refusal("bells.overlap", number, before.getKey(), before.getValue()[1]));
        }
        Map.Entry<Integer, LocalTime[]> after = all.higherEntry(number);
        if (after != null && after.getValue()[0].isBefore(ends)) {
            return Optional.of(new Refusal("bells.overlapNext", number, after.getKey(), after.getValue()[0]));
        }
        return Optional.empty();
    }
}
