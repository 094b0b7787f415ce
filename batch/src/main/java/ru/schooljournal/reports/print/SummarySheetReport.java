package ru.schooljournal.reports.print;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.reports.boundary.SummarySheet.MarkColumn;
import ru.schooljournal.reports.boundary.SummarySheet.Sheet;
import ru.schooljournal.reports.boundary.SummarySheet.StudentLine;

/**
 * «Сводная ведомость успеваемости» as tables: one per period, then the year, the exam and the final marks (those
 * two only once any is set) — №, ФИО, a column per subject, the lessons missed (all, for a good reason), and a
 * note for a student who left. A numeric mark is a number in the .xlsx, «н/а» and «осв» are text.
 */
public final class SummarySheetReport {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private SummarySheetReport() {
    }

    public static String title(Sheet s) {
        return "Сводная ведомость успеваемости " + s.className() + " класса, " + s.year() + " учебный год";
    }

    /** The file's name without its extension. */
    public static String baseName(Sheet s) {
        return "Сводная ведомость " + s.className() + " " + s.year().replace('/', '-');
    }

    public static String fileName(Sheet s, String extension) {
        return baseName(s) + "." + extension;
    }

    public static List<ReportTable> tables(Sheet s) {
        List<ReportTable> tables = new ArrayList<>();
        for (MarkColumn column : s.columns()) {
            boolean any = s.students().stream().anyMatch(st -> s.subjects().stream()
                    .anyMatch(sub -> !st.mark(sub, column.key()).isEmpty()));
            if (!any && (column.key().equals("EXAM") || column.key().equals("FINAL"))) {
                continue;
            }
            ReportTable t = new ReportTable(column.title(), List.of(title(s) + ": " + column.title(), s.school(),
                    "Построен " + MOMENT.format(s.builtAt().atZone(s.zone())))).landscape()
                    .text("№", 4).text("ФИО", 28);
            for (String subject : s.subjects()) {
                t.count(subject);
            }
            t.count("Пропущено уроков").count("Из них по уважительной причине").text("Примечание", 14);
            int n = 1;
            for (StudentLine st : s.students()) {
                List<Object> row = new ArrayList<>();
                row.add(Integer.toString(n++));
                row.add(st.name());
                for (String subject : s.subjects()) {
                    String mark = st.mark(subject, column.key());
                    row.add(mark.matches("\\d{1,2}") ? (Object) Long.valueOf(mark) : mark);
                }
                row.add(st.missed());
                row.add(st.missedGood());
                row.add(st.note());
                t.row(row.toArray());
            }
            tables.add(t);
        }
        return tables;
    }
}
