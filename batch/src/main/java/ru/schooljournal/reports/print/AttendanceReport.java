package ru.schooljournal.reports.print;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.schooljournal.reports.boundary.AttendanceSummary.ClassLine;
import ru.schooljournal.reports.boundary.AttendanceSummary.Grid;
import ru.schooljournal.reports.boundary.AttendanceSummary.GridLine;
import ru.schooljournal.reports.boundary.AttendanceSummary.Missed;
import ru.schooljournal.reports.boundary.AttendanceSummary.StudentLine;
import ru.schooljournal.reports.boundary.AttendanceSummary.Summary;

/**
 * The attendance summary as tables — per class with the school's total, lessons missed per class and month,
 * the students with at least N lessons missed, and for one class its student × day grid — the same for the page, the .xlsx and the PDF.
 */
public final class AttendanceReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private AttendanceReport() {
    }

    public static String title(Summary s) {
        return "Сводка посещаемости с " + DAY.format(s.from()) + " по " + DAY.format(s.to());
    }

    /** The file's name without its extension. */
    public static String baseName(Summary s) {
        return "Посещаемость " + DAY.format(s.from()) + "–" + DAY.format(s.to());
    }

    public static String fileName(Summary s, String extension) {
        return baseName(s) + "." + extension;
    }

    public static List<ReportTable> tables(Summary s) {
        List<String> title = List.of(title(s), s.school(),
                "Пропущенный день — день, все уроки которого пропущены; по уважительной причине — УП и ОСВ, без причины — НП"
                        + " и пропуски без указанной причины",
                "Построен " + MOMENT.format(s.builtAt().atZone(s.zone())));
        ReportTable classes = new ReportTable("Посещаемость", title).landscape()
                .text("Класс", 8).count("Учеников").count("Пропущено уроков").count("По болезни")
                .count("По уважительной причине").count("Без уважительной причины").count("Пропущено дней")
                .count("Опозданий");
        for (ClassLine c : s.classes()) {
            add(classes, false, c.className(), c.students(), c.missed());
        }
        add(classes, true, s.wholeSchool() ? "Школа" : "Итого",
                s.classes().stream().mapToInt(ClassLine::students).sum(), s.total());

        ReportTable byMonth = new ReportTable("По месяцам", title).landscape().text("Класс", 8);
        for (YearMonth m : s.months()) {
            byMonth.count(m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, RU) + " " + m.getYear());
        }
        byMonth.count("Всего");
        for (ClassLine c : s.classes()) {
            List<Object> row = new ArrayList<>();
            row.add(c.className());
            for (YearMonth m : s.months()) {
                row.add(c.byMonth().getOrDefault(m, 0));
            }
            row.add(c.missed().lessons());
            byMonth.row(row.toArray());
        }
        List<Object> total = new ArrayList<>();
        total.add(s.wholeSchool() ? "Школа" : "Итого");
        for (YearMonth m : s.months()) {
            total.add(s.classes().stream().mapToInt(c -> c.byMonth().getOrDefault(m, 0)).sum());
        }
        total.add(s.total().lessons());
        byMonth.total(total.toArray());

        ReportTable students = new ReportTable("Пропустили " + s.atLeast() + " и больше", title).landscape()
                .text("Класс", 8).text("Ученик", 32).count("Пропущено уроков").count("По болезни")
                .count("По уважительной причине").count("Без уважительной причины").count("Пропущено дней")
                .count("Опозданий");
        for (StudentLine l : s.students()) {
            Missed m = l.missed();
            students.row(l.className(), l.student(), m.lessons(), m.illness(), m.good(), m.noReason(), m.days(), m.late());
        }
        List<ReportTable> tables = new ArrayList<>(List.of(classes, byMonth, students));
        if (s.grid() != null) {
            tables.add(grid(s.grid(), title));
        }
        return tables;
    }

    /** The class's student × day grid: the lessons missed each school day, with each student's totals. */
    private static ReportTable grid(Grid g, List<String> title) {
        ReportTable t = new ReportTable("По дням, " + g.className(), title).landscape().text("№", 4).text("Ученик", 28);
        for (var day : g.days()) {
            t.count(SHORT_DAY.format(day));
        }
        t.count("Всего").count("По болезни").count("По уважит. причине").count("Без уважит. причины").count("Дней");
        int n = 1;
        for (GridLine l : g.students()) {
            List<Object> row = new ArrayList<>();
            row.add(Integer.toString(n++));
            row.add(l.student());
            for (var day : g.days()) {
                Integer missed = l.missed().get(day);
                row.add(missed == null ? "" : (Object) missed); // a day without a miss stays empty, not «—»
            }
            Missed m = l.total();
            row.addAll(List.of(m.lessons(), m.illness(), m.good(), m.noReason(), m.days()));
            t.row(row.toArray());
        }
        return t;
    }

    private static void add(ReportTable t, boolean total, String name, int students, Missed m) {
        Object[] values = {name, students, m.lessons(), m.illness(), m.good(), m.noReason(), m.days(), m.late()};
        if (total) {
            t.total(values);
        } else {
            t.row(values);
        }
    }
}
