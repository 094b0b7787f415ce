package ru.schooljournal.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.schooljournal.reports.control.ProgressFigures.StudentMarks;

/** SPEC §8: the figures of «Итоги успеваемости» as the regional systems compute them. */
class ProgressFiguresTest {

    private static final String[] SUBJECTS = {"математика", "русский язык", "физика"};
    private long ids;

    private StudentMarks student(String... marks) {
        Map<String, String> bySubject = new LinkedHashMap<>();
        for (int i = 0; i < marks.length; i++) {
            bySubject.put(SUBJECTS[i], marks[i]);
        }
        ids++;
        return new StudentMarks(ids, "Ученик " + ids, bySubject);
    }

    @Test
    void standingFollowsTheLowestMark() {
        assertEquals(Standing.EXCELLENT, Standing.of(List.of("5", "5"), 5));
        assertEquals(Standing.GOOD, Standing.of(List.of("5", "4"), 5));
        assertEquals(Standing.SATISFACTORY, Standing.of(List.of("5", "3"), 5));
        assertEquals(Standing.FAILING, Standing.of(List.of("5", "2"), 5));
        assertEquals(Standing.FAILING, Standing.of(Arrays.asList("2", "н/а"), 5), "a failing mark outweighs «н/а»");
        assertEquals(Standing.NOT_ASSESSED, Standing.of(List.of("5", "н/а"), 5));
        assertEquals(Standing.NOT_ASSESSED, Standing.of(Arrays.asList("5", null), 5), "a missing mark is «н/а»");
        assertEquals(Standing.EXCELLENT, Standing.of(List.of("5", "осв"), 5), "«осв» in one subject changes nothing");
        assertEquals(Standing.RELEASED, Standing.of(List.of("осв", "осв"), 5));
        assertEquals(Standing.NO_MARKS, Standing.of(Arrays.asList(null, null), 5));
        assertEquals(Standing.NO_MARKS, Standing.of(List.of(), 5));
        assertEquals(Standing.GOOD, Standing.of(List.of("10", "9"), 10), "the school's own scale");
    }

    @Test
    void nLeavesOutReleasedAndWithoutMarksButKeepsNotAssessed() {
        List<StudentMarks> roll = new ArrayList<>(List.of(
                student("5", "5", "5"), // отличник
                student("5", "4", "5"), // хорошист with one 4
                student("4", "4", "5"), // хорошист
                student("3", "4", "5"), // троечник with one 3
                student("3", "3", "4"), // троечник
                student("2", "3", "4"), // неуспевающий
                student("н/а", "4", "4"), // не аттестован: stays in N
                student("осв", "осв", "осв"), // released: out of N
                student(null, null, null))); // arrived after the period's marks: out of N
        ProgressFigures f = ProgressFigures.of(roll, 5);
        assertEquals(9, f.onRoll());
        assertEquals(7, f.counted());
        assertEquals(6, f.attested());
        assertEquals(1, f.excellent());
        assertEquals(2, f.good());
        assertEquals(1, f.withOneGood());
        assertEquals(2, f.satisfactory());
        assertEquals(1, f.withOneSatisfactory());
        assertEquals(1, f.failing());
        assertEquals(1, f.notAssessed());
        assertEquals(1, f.released());
        assertEquals(1, f.withoutMarks());
        assertEquals(new BigDecimal("71.4"), f.progressPercent(), "(1 + 2 + 2)·100/7");
        assertEquals(new BigDecimal("42.9"), f.qualityPercent(), "(1 + 2)·100/7");
        assertEquals(List.of("математика"), f.of(Standing.FAILING).get(0).failedIn());
        assertEquals(List.of("математика"), f.of(Standing.NOT_ASSESSED).get(0).notAssessedIn());
        assertEquals("русский язык", f.of(Standing.GOOD).get(0).oneLowerIn(), "the subject of the one 4");
        assertEquals("математика", f.of(Standing.SATISFACTORY).get(0).oneLowerIn(), "the subject of the one 3");
        assertNull(f.of(Standing.GOOD).get(1).oneLowerIn());
    }

    @Test
    void averageAndSouAreTakenOverTheMarksOfStudentsInN() {
        ProgressFigures f = ProgressFigures.of(List.of(student("5", "4", "3"), student("2", "н/а", "5"),
                student("осв", "осв", "осв")), 5);
        // marks 5 4 3 2 5 (and one н/а): average 19/5; СОУ = (2·100 + 64 + 36 + 16 + 7)/6 = 53.8
        assertEquals(new BigDecimal("3.80"), f.average());
        assertEquals(new BigDecimal("53.8"), f.sou());
        assertNull(ProgressFigures.of(List.of(student("9", "10", "8")), 10).sou(), "СОУ only on the five-mark scale");
    }

    @Test
    void noOneCountedGivesNoPercentages() {
        ProgressFigures f = ProgressFigures.of(List.of(student("осв", "осв", "осв")), 5);
        assertEquals(0, f.counted());
        assertNull(f.progressPercent());
        assertNull(f.qualityPercent());
        assertNull(f.average());
    }
}
