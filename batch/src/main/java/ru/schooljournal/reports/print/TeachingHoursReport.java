package ru.schooljournal.reports.print;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.schooljournal.reports.boundary.TeachingHours.Hours;
import ru.schooljournal.reports.boundary.TeachingHours.Line;

/** «Выполнение учебной нагрузки»: teaching hours given against planned, as one table with the total. */
public final class TeachingHoursReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private TeachingHoursReport() {
    }

    public static String title(Hours h) {
        return "Выполнение учебной нагрузки с " + DAY.format(h.from()) + " по " + DAY.format(h.to());
    }

    public static String baseName(Hours h) {
        return "Учебная нагрузка " + DAY.format(h.from()) + "–" + DAY.format(h.to());
    }

    public static List<ReportTable> tables(Hours h) {
        ReportTable t = new ReportTable("Нагрузка", List.of(title(h), h.school(),
                "План на год — часов в неделю × 34 недели (33 в 1 классе); выдано — уроки, проведённые этим учителем"
                        + " по сегодняшний день; отменённый урок — невыданный час",
                "Построен " + MOMENT.format(h.builtAt().atZone(h.zone())))).landscape()
                .text("Учитель", 18).text("Класс", 7).text("Предмет", 26).decimal("Часов в неделю")
                .decimal("План на год").count("Уроков по расписанию").count("Из них по сегодня").count("Выдано")
                .count("Отменено").count("В замену").percent("Выдано, %");
        int laidOut = 0, due = 0, given = 0, cancelled = 0, substitute = 0;
        for (Line l : h.lines()) {
            t.row(l.teacher(), l.className(), l.subject(), l.hoursPerWeek(), l.yearPlan(), l.laidOut(), l.due(),
                    l.given(), l.cancelled(), l.asSubstitute(), l.givenPercent());
            laidOut += l.laidOut();
            due += l.due();
            given += l.given();
            cancelled += l.cancelled();
            substitute += l.asSubstitute();
        }
        t.total(h.wholeSchool() ? "Школа" : "Итого", "", "", null, null, laidOut, due, given, cancelled, substitute,
                due == 0 ? null : BigDecimal.valueOf(given * 100L).divide(BigDecimal.valueOf(due), 1,
                        java.math.RoundingMode.HALF_UP));
        return List.of(t);
    }
}
