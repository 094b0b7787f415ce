package ru.schooljournal.reports.control;

import java.util.Collection;
import ru.schooljournal.journal.entity.FinalMark;

/**
 * A student's standing for a period, from their period marks in every subject they are taught (SPEC §8, as
 * the regional systems count it): отличник — only the top mark; хорошист — the top two; троечник — no mark
 * below the third from the top; неуспевающий — a mark below that; не аттестован — «н/а» (or a missing mark)
 * in a subject and no failing mark; освобождён — released («осв») from every subject; без отметок — no
 * period mark at all (arrived late, say). The last two are left out of N; «н/а» stays in it.
 */
public enum Standing {
    EXCELLENT, GOOD, SATISFACTORY, FAILING, NOT_ASSESSED, RELEASED, NO_MARKS;

    /**
     * @param marks    the student's period mark per subject they are taught: a number on the scale, «н/а»,
     *                 «осв», or {@code null} when the subject's mark is missing
     * @param markMax  the top of the school's scale (5 on the usual one)
     */
    public static Standing of(Collection<String> marks, int markMax) {
        boolean anyNumber = false;
        boolean notAssessed = false;
        boolean allReleased = !marks.isEmpty();
        int lowest = Integer.MAX_VALUE;
        boolean anyValue = false;
        for (String m : marks) {
            if (m == null || m.isEmpty()) {
                notAssessed = true;
                allReleased = false;
                continue;
            }
            anyValue = true;
            if (m.equals(FinalMark.EXEMPT)) {
                continue;
            }
            allReleased = false;
            if (m.equals(FinalMark.NOT_ASSESSED)) {
                notAssessed = true;
                continue;
            }
            int v = Integer.parseInt(m);
            anyNumber = true;
            lowest = Math.min(lowest, v);
        }
        if (!anyValue) {
            return NO_MARKS;
        }
        if (allReleased) {
            return RELEASED;
        }
        if (anyNumber && lowest < markMax - 2) {
            return FAILING;
        }
        if (notAssessed) {
            return NOT_ASSESSED;
        }
        if (!anyNumber) {
            return RELEASED; // released from everything they have a mark in, and no mark missing
        }
        return lowest == markMax ? EXCELLENT : lowest == markMax - 1 ? GOOD : SATISFACTORY;
    }

    /** Whether a student of this standing counts in N (the roll the percentages are taken of). */
    public boolean counted() {
        return this != RELEASED && this != NO_MARKS;
    }

    /** Успевающий: attested with no failing mark. */
    public boolean passing() {
        return this == EXCELLENT || this == GOOD || this == SATISFACTORY;
    }

    /** The standing as a class teacher writes it. */
    public String title() {
        return switch (this) {
            case EXCELLENT -> "отличник";
            case GOOD -> "хорошист";
            case SATISFACTORY -> "троечник";
            case FAILING -> "неуспевающий";
            case NOT_ASSESSED -> "не аттестован";
            case RELEASED -> "освобождён";
            case NO_MARKS -> "без отметок";
        };
    }
}
