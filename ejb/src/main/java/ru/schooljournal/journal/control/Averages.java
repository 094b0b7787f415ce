package ru.schooljournal.journal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A student's current marks in a subject for a period, summed up (SPEC §5; seed 000 §2.8, §9.3): the simple
 * and the weighted average (by the weight of each mark's work type), the forecast of the period mark by the
 * school's way of averaging («способ усреднения»), and whether there are enough marks for a fair final
 * mark (накопляемость — seed 004 §8.4: it depends on the subject's hours a week).
 */
public record Averages(int count, BigDecimal simple, BigDecimal weighted, Integer forecast, boolean tooFewMarks) {

    /** One mark and the weight of its work type. */
    public record Weighed(int value, BigDecimal weight) {
    }

    public enum Way {
        SIMPLE, WEIGHTED
    }

    public static Averages of(List<Weighed> marks, Way way, BigDecimal hoursPerWeek) {
        boolean tooFew = marks.size() < fewestMarksFor(hoursPerWeek);
        if (marks.isEmpty()) {
            return new Averages(0, null, null, null, tooFew);
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighed m : marks) {
            BigDecimal v = BigDecimal.valueOf(m.value());
            sum = sum.add(v);
            weightedSum = weightedSum.add(v.multiply(m.weight()));
            weights = weights.add(m.weight());
        }
        BigDecimal simple = sum.divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.HALF_UP);
        BigDecimal weighted = weightedSum.divide(weights, 2, RoundingMode.HALF_UP);
        BigDecimal basis = way == Way.WEIGHTED ? weighted : simple;
        int forecast = basis.setScale(0, RoundingMode.HALF_UP).intValue();
        return new Averages(marks.size(), simple, weighted, forecast, tooFew);
    }

    /**
     * The fewest current marks for a fair period mark: 3 for a subject of one hour a week, 5 for two, 7 for
     * three or more (the usual local order on накопляемость).
     */
    public static int fewestMarksFor(BigDecimal hoursPerWeek) {
        if (hoursPerWeek == null || hoursPerWeek.compareTo(BigDecimal.ONE) <= 0) {
            return 3;
        }
        return hoursPerWeek.compareTo(BigDecimal.valueOf(2)) <= 0 ? 5 : 7;
    }
}
