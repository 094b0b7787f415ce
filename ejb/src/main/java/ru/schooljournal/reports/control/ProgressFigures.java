package ru.schooljournal.reports.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import ru.schooljournal.journal.entity.FinalMark;

/**
 * The progress figures of a group of students for a period — a class, or the whole school (SPEC §8, as the
 * regional systems compute them): N is the students on the roll leaving out those released («осв») and
 * those without marks; «н/а» stays in N. % успеваемости = (отличники + хорошисты + троечники)·100/N,
 * % качества = (отличники + хорошисты)·100/N, the average of the numeric period marks, and СОУ (степень
 * обученности) = (n5·100 + n4·64 + n3·36 + n2·16 + n1·7 + nн/а·7)/(the number of those marks), given on the
 * five-mark scale only. Totals are computed from the students, never summed from rounded percentages.
 */
public record ProgressFigures(int onRoll, int counted, int attested, int excellent, int good, int withOneGood,
                              int satisfactory, int withOneSatisfactory, int failing, int notAssessed, int released,
                              int withoutMarks, BigDecimal progressPercent, BigDecimal qualityPercent,
                              BigDecimal average, BigDecimal sou, List<StudentStanding> students) implements Serializable {

    /** A student's period marks: subject → a number, «н/а», «осв», or {@code null} when missing. */
    public record StudentMarks(long studentId, String name, Map<String, String> marks) implements Serializable {
    }

    /**
     * A student's standing and the subjects behind it: failed, not assessed, and for a хорошист with one 4
     * (a троечник with one 3) the subject of that one mark.
     */
    public record StudentStanding(long studentId, String name, Standing standing, List<String> failedIn,
                                  List<String> notAssessedIn, String oneLowerIn, Map<String, String> marks)
            implements Serializable {
    }

    public static ProgressFigures of(Collection<StudentMarks> roll, int markMax) {
        int counted = 0, excellent = 0, good = 0, oneGood = 0, satisfactory = 0, oneSatisfactory = 0, failing = 0,
                notAssessed = 0, released = 0, withoutMarks = 0;
        long sum = 0;
        int numbers = 0;
        int[] byValue = new int[markMax + 1];
        int notAssessedMarks = 0;
        List<StudentStanding> students = new ArrayList<>();
        for (StudentMarks s : roll) {
            Standing standing = Standing.of(s.marks().values(), markMax);
            List<String> failedIn = new ArrayList<>();
            List<String> notAssessedIn = new ArrayList<>();
            int seconds = 0, thirds = 0;
            String second = null, third = null;
            for (Map.Entry<String, String> e : s.marks().entrySet()) {
                String m = e.getValue();
                if (m == null || m.isEmpty() || m.equals(FinalMark.NOT_ASSESSED)) {
                    notAssessedIn.add(e.getKey());
                } else if (!m.equals(FinalMark.EXEMPT)) {
                    int v = Integer.parseInt(m);
                    if (v < markMax - 2) {
                        failedIn.add(e.getKey());
                    }
                    if (v == markMax - 1) {
                        seconds++;
                        second = e.getKey();
                    } else if (v == markMax - 2) {
                        thirds++;
                        third = e.getKey();
                    }
                }
            }
            String oneLowerIn = standing == Standing.GOOD && seconds == 1 ? second
                    : standing == Standing.SATISFACTORY && thirds == 1 ? third : null;
            students.add(new StudentStanding(s.studentId(), s.name(), standing, List.copyOf(failedIn),
                    List.copyOf(notAssessedIn), oneLowerIn, java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(s.marks()))));
            switch (standing) {
                case EXCELLENT -> excellent++;
                case GOOD -> {
                    good++;
                    oneGood += seconds == 1 ? 1 : 0;
                }
                case SATISFACTORY -> {
                    satisfactory++;
                    oneSatisfactory += thirds == 1 ? 1 : 0;
                }
                case FAILING -> failing++;
                case NOT_ASSESSED -> notAssessed++;
                case RELEASED -> released++;
                case NO_MARKS -> withoutMarks++;
            }
            if (!standing.counted()) {
                continue;
            }
            counted++;
            for (String m : s.marks().values()) {
                if (m == null || m.isEmpty() || m.equals(FinalMark.NOT_ASSESSED)) {
                    notAssessedMarks++;
                } else if (!m.equals(FinalMark.EXEMPT)) {
                    int v = Integer.parseInt(m);
                    sum += v;
                    numbers++;
                    if (v >= 0 && v <= markMax) {
                        byValue[v]++;
                    }
                }
            }
        }
        int attested = counted - notAssessed;
        BigDecimal average = numbers == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(numbers), 2, RoundingMode.HALF_UP);
        BigDecimal sou = null;
        int souBase = numbers + notAssessedMarks;
        if (markMax == 5 && souBase > 0) {
            long points = byValue[5] * 100L + byValue[4] * 64L + byValue[3] * 36L + byValue[2] * 16L
                    + (byValue[1] + notAssessedMarks) * 7L;
            sou = BigDecimal.valueOf(points).divide(BigDecimal.valueOf(souBase), 1, RoundingMode.HALF_UP);
        }
        return new ProgressFigures(roll.size(), counted, attested, excellent, good, oneGood, satisfactory,
                oneSatisfactory, failing, notAssessed, released, withoutMarks,
                percent(excellent + good + satisfactory, counted), percent(excellent + good, counted), average, sou,
                List.copyOf(students));
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The students of one standing, by name. */
    public List<StudentStanding> of(Standing standing) {
        return students.stream().filter(s -> s.standing() == standing).toList();
    }
}
