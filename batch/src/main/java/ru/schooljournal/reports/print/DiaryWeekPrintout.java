package ru.schooljournal.reports.print;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.schooljournal.diary.boundary.Diary.DiaryDay;
import ru.schooljournal.diary.boundary.Diary.DiaryLesson;
import ru.schooljournal.diary.boundary.Diary.DiaryWeek;
import ru.schooljournal.diary.control.SubjectPeriods.SubjectPeriod;

/**
 * The weekly printout of the diary (SPEC §6: for parents who do not read it online, at least weekly): a student's
 * week — each day's lessons with topic, homework (and when it is due), marks with their work types, absences, a
 * holiday or day off as such — and below it the period's averages so far per subject; the class set is the same,
 * a page per student. Printed by {@link ReportPdf}: A4 landscape, Cyrillic fonts embedded.
 */
public final class DiaryWeekPrintout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private DiaryWeekPrintout() {
    }

    public static String fileName(DiaryWeek w) {
        return "Дневник " + w.student() + " " + DAY.format(w.monday()) + ".pdf";
    }

    public static String classFileName(String className, DiaryWeek any) {
        return "Дневники " + className + " " + DAY.format(any.monday()) + ".pdf";
    }

    /** A student's week and, on the same page, their period so far; {@code period} null leaves the second out. */
    public static List<ReportTable> tables(String school, DiaryWeek w, String periodName, List<SubjectPeriod> period) {
        List<String> title = List.of("Дневник: " + w.student() + ", " + w.className() + " класс",
                "Неделя " + DAY.format(w.monday()) + " – " + DAY.format(w.monday().plusDays(6)) + " · " + school,
                "Отметки — с видом работы; Н — не был, Б — по болезни, УП — по уважительной причине, О — опоздал");
        ReportTable week = new ReportTable("Неделя", title).landscape()
                .text("День", 12).text("№", 3).text("Предмет", 20).text("Тема урока", 36).text("Домашнее задание", 40)
                .text("Отметки", 22).text("Пропуск", 7);
        for (DiaryDay d : w.days()) {
            String day = d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, RU) + " " + SHORT.format(d.date());
            if (d.lessons().isEmpty()) {
                String kind = switch (d.kind()) {
                    case HOLIDAYS -> "Каникулы";
                    case DAY_OFF, SUNDAY -> "Выходной";
                    case OUTSIDE_YEAR -> "Вне учебного года";
                    case SCHOOL -> "Уроков нет";
                };
                week.row(day, "", kind + (d.note() == null ? "" : ": " + d.note()), String.join("; ", d.events()), "", "", "");
                continue;
            }
            boolean first = true;
            for (DiaryLesson l : d.lessons()) {
                String homework = l.homework() == null ? "" : l.homework()
                        + (l.homeworkDue() == null ? "" : " (к " + SHORT.format(l.homeworkDue()) + ")");
                week.row(first ? day : "", Integer.toString(l.number()), l.subject(),
                        l.cancelled() ? "Урок отменён" : l.topic() == null ? "" : l.topic(), homework,
                        l.marks().stream().map(m -> m.text()).collect(Collectors.joining(", ")),
                        l.attendance() == null ? "" : l.attendance());
                first = false;
            }
            if (!d.events().isEmpty() && d.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                week.row("", "", "События", String.join("; ", d.events()), "", "", "");
            }
        }
        List<ReportTable> tables = new ArrayList<>(List.of(week));
        if (period != null) {
            ReportTable averages = new ReportTable(periodName + ": средние на сегодня", title).landscape().samePage()
                    .text("Предмет", 24).text("Отметки", 50).decimal("Средний балл").decimal("Взвешенный")
                    .count("Прогноз").text("За период", 8).count("Пропущено уроков");
            for (SubjectPeriod s : period) {
                averages.row(s.subject(), s.marksLine(), s.averages().simple(), s.averages().weighted(),
                        s.averages().forecast(), s.periodMark() == null ? "" : s.periodMark(), s.absences());
            }
            tables.add(averages);
        }
        return tables;
    }

    /** The class set: a student's week and period a page, in the roll's order. */
    public static List<ReportTable> classSet(String school, List<DiaryWeek> weeks, String periodName,
                                             Map<Long, List<SubjectPeriod>> periods) {
        List<ReportTable> tables = new ArrayList<>();
        for (DiaryWeek w : weeks) {
            tables.addAll(tables(school, w, periodName, periods.get(w.studentId())));
        }
        return tables;
    }
}
