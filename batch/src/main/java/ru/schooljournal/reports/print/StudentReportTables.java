package ru.schooljournal.reports.print;

import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.schooljournal.reports.boundary.StudentReport.Report;
import ru.schooljournal.reports.boundary.StudentReport.SubjectLine;

/** A student's progress and attendance for a period, for the parents: two tables. */
public final class StudentReportTables {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private StudentReportTables() {
    }

    public static String title(Report r) {
        return "Успеваемость и посещаемость: " + r.student() + ", " + r.className() + " класс, " + r.period();
    }

    public static String baseName(Report r) {
        return "Отчёт, " + r.student() + ", " + r.period();
    }

    public static List<ReportTable> tables(Report r) {
        List<String> title = List.of(title(r), r.school(), "Период: " + DAY.format(r.startsOn()) + " – "
                + DAY.format(r.endsOn()), "Виды работ: " + r.workTypes(), "Построен " + MOMENT.format(r.builtAt().atZone(r.zone())));
        ReportTable marks = new ReportTable("Успеваемость", title).landscape().text("Предмет", 26).text("Отметки", 50)
                .decimal("Средний балл").decimal("Средневзвешенный").count("Прогноз").text("Отметка за период", 10)
                .text("Замечание", 14);
        for (SubjectLine l : r.subjects()) {
            marks.row(l.subject(), l.marks(), l.average(), l.weighted(), l.forecast(), l.periodMark(),
                    l.tooFewMarks() ? "мало отметок" : "");
        }
        ReportTable attendance = new ReportTable("Посещаемость", title).text("Пропуски", 36).count("Уроков");
        attendance.row("Пропущено уроков", r.missed());
        attendance.row("из них по болезни", r.illness());
        attendance.row("по другой уважительной причине", r.good());
        attendance.row("без уважительной причины", r.noReason());
        attendance.row("Опозданий", r.late());
        return List.of(marks, attendance);
    }
}
