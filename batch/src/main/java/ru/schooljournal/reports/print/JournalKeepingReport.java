package ru.schooljournal.reports.print;

import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.schooljournal.reports.boundary.JournalKeeping.Analysis;
import ru.schooljournal.reports.boundary.JournalKeeping.Line;

/** «Анализ ведения журналов» as one table — the same for the page, the .xlsx and the PDF. */
public final class JournalKeepingReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private JournalKeepingReport() {
    }

    public static String title(Analysis a) {
        return "Анализ ведения журналов с " + DAY.format(a.from()) + " по " + DAY.format(a.to());
    }

    /** The file's name without its extension. */
    public static String baseName(Analysis a) {
        return "Анализ ведения журналов " + DAY.format(a.from()) + "–" + DAY.format(a.to());
    }

    public static String fileName(Analysis a, String extension) {
        return baseName(a) + "." + extension;
    }

    public static List<ReportTable> tables(Analysis a) {
        ReportTable t = new ReportTable("Анализ", List.of(title(a), a.school(),
                "Накопляемость — отметок на ученика за урок; «мало отметок» — меньше, чем нужно для отметки за период"
                        + " (3 при 1 ч в неделю, 5 при 2 ч, 7 при 3 ч и больше) с начала периода по "
                        + DAY.format(a.to()) + "; отметки за период — за последний окончившийся период",
                "Построен " + MOMENT.format(a.builtAt().atZone(a.zone())))).landscape()
                .text("Учитель", 18).text("Класс", 7).text("Предмет", 24).count("Учеников")
                .count("Уроков по расписанию").count("Проведено").count("Без темы").count("Без домашнего задания")
                .count("Тема записана после срока").count("Отметок").decimal("Накопляемость")
                .count("Мало отметок для отметки за период").count("Отметок исправлено")
                .count("Не выставлено отметок за период");
        int lessons = 0, held = 0, noTopic = 0, noHomework = 0, late = 0, marks = 0, tooFew = 0, corrected = 0, missing = 0;
        for (Line l : a.lines()) {
            t.row(l.teacher(), l.className(), l.subject(), l.students(), l.planned(), l.held(), l.withoutTopic(),
                    l.withoutHomework(), l.filledLate(), l.marks(), l.marksPerLesson(), l.tooFewMarks(), l.corrected(),
                    l.finalsMissing());
            lessons += l.planned();
            held += l.held();
            noTopic += l.withoutTopic();
            noHomework += l.withoutHomework();
            late += l.filledLate();
            marks += l.marks();
            tooFew += l.tooFewMarks();
            corrected += l.corrected();
            missing += l.finalsMissing();
        }
        t.total(a.wholeSchool() ? "Школа" : "Итого", "", "", null, lessons, held, noTopic, noHomework, late, marks, null,
                tooFew, corrected, missing);
        return List.of(t);
    }
}
