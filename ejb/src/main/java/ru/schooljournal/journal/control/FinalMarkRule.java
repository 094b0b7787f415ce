package ru.schooljournal.journal.control;

import java.util.Locale;
import java.util.Optional;
import ru.schooljournal.journal.entity.FinalMark;

/**
 * What a final mark may be (SPEC §5; seed 001 §8.5–8.7): a mark on the school's scale, «н/а» (not assessed)
 * or «осв» (exempt); none in the first grade. Returns the canonical value or the key of a refusal.
 */
public final class FinalMarkRule {

    public record Outcome(String value, String refusal) {
    }

    private FinalMarkRule() {
    }

    public static Outcome read(String typed, int grade, int scaleMin, int scaleMax) {
        if (grade == 1) {
            return new Outcome(null, "journal.mark.firstGrade");
        }
        String t = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) {
            return new Outcome("", null);
        }
        if (t.equals("н/а") || t.equals("на") || t.equals("h/a")) {
            return new Outcome(FinalMark.NOT_ASSESSED, null);
        }
        if (t.equals("осв") || t.equals("освоб")) {
            return new Outcome(FinalMark.EXEMPT, null);
        }
        if (t.matches("\\d{1,2}")) {
            int v = Integer.parseInt(t);
            if (v < scaleMin || v > scaleMax) {
                return new Outcome(null, "journal.mark.outOfScale");
            }
            return new Outcome(Integer.toString(v), null);
        }
        return new Outcome(null, "journal.final.unreadable");
    }

    public static Optional<String> refusal(Outcome o) {
        return Optional.ofNullable(o.refusal());
    }
}
