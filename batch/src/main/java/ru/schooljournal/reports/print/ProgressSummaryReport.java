package ru.schooljournal.reports.print;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassProgress;
import ru.schooljournal.reports.boundary.ProgressSummary.SchoolProgress;
import ru.schooljournal.reports.control.ProgressFigures;
import ru.schooljournal.reports.control.ProgressFigures.StudentStanding;
import ru.schooljournal.reports.control.Standing;

/**
 * «Итоги успеваемости» as tables — the same for the page, the .xlsx and the PDF: the summary per class with
 * the school's total (and the previous period's and last year's figures beside it), and the lists a deputy
 * reads out at the teachers' council: отличники, хорошисты, with one 4, with one 3, неуспевающие with their
 * subjects, не аттестованные.
 */
public final class ProgressSummaryReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private ProgressSummaryReport() {
    }

    public static String title(SchoolProgress p) {
        return (p.wholeSchool() ? "Итоги успеваемости по школе за " : "Итоги успеваемости за ") + p.period();
    }

    /** The file's name without its extension. */
    public static String baseName(SchoolProgress p) {
        String who = p.wholeSchool() || p.classes().size() != 1 ? "школа" : p.classes().get(0).name();
        return "Итоги успеваемости, " + p.period() + ", " + who;
    }

    public static String fileName(SchoolProgress p, String extension) {
        return baseName(p) + "." + extension;
    }

    /** The СОУ column's header (степень обученности учащихся). */
    public static final String SOU = "СОУ, %";

    public static List<String> titleLines(SchoolProgress p) {
        return List.of(title(p), p.school(),
                "Период: " + DAY.format(p.startsOn()) + " – " + DAY.format(p.endsOn()),
                "Построен " + MOMENT.format(p.builtAt().atZone(p.zone())));
    }

    public static List<ReportTable> tables(SchoolProgress p) {
        List<String> title = titleLines(p);
        ReportTable summary = new ReportTable("Итоги", title).landscape()
                .text("Класс", 8).text("Классный руководитель", 22)
                .count("На конец периода").count("Учтено (N)").count("Аттестовано")
                .count("Отличники").count("Хорошисты").count("С одной «4»").count("Троечники").count("С одной «3»")
                .count("Неуспевающие").count("Н/а").count("Освобождены, без отметок")
                .percent("% успеваемости").percent("% качества").decimal("Средний балл").decimal(SOU)
                .percent("% успеваемости, " + (p.previousPeriod() == null ? "пред. период" : p.previousPeriod()))
                .percent("% качества, " + (p.previousPeriod() == null ? "пред. период" : p.previousPeriod()));
        for (ClassProgress c : p.classes()) {
            add(summary, false, c.name(), c.classTeacher(), c.figures(), c.previous());
        }
        add(summary, true, p.wholeSchool() ? "Школа" : "Итого", "", p.total(), p.previousTotal());
        if (p.lastYearTotal() != null) {
            add(summary, true, "Школа, " + p.lastYearPeriod() + " прошлого года", "", p.lastYearTotal(), null);
        }
        ReportTable lists = new ReportTable("Списки", title).landscape()
                .text("Класс", 8).text("Ученик", 32).text("Итог", 16).text("Предметы", 60);
        for (Standing standing : List.of(Standing.EXCELLENT, Standing.GOOD, Standing.SATISFACTORY, Standing.FAILING,
                Standing.NOT_ASSESSED)) {
            for (ClassProgress c : p.classes()) {
                for (StudentStanding s : c.figures().of(standing)) {
                    String subjects = switch (standing) {
                        case FAILING -> String.join(", ", s.failedIn())
                                + (s.notAssessedIn().isEmpty() ? "" : "; н/а: " + String.join(", ", s.notAssessedIn()));
                        case NOT_ASSESSED -> String.join(", ", s.notAssessedIn());
                        default -> s.oneLowerIn() == null ? "" : s.oneLowerIn();
                    };
                    String shown = s.oneLowerIn() == null ? standing.title()
                            : standing == Standing.GOOD ? "хорошист с одной «4»" : "с одной «3»";
                    if (standing == Standing.SATISFACTORY && s.oneLowerIn() == null) {
                        continue; // троечники are counted, not listed: the list is of those to praise or to help
                    }
                    lists.row(c.name(), s.name(), shown, subjects);
                }
            }
        }
        List<ReportTable> tables = new ArrayList<>();
        tables.add(p.showsSou() ? summary : summary.without(SOU)); // the school's setting: school.shows_sou
        tables.add(lists);
        if (p.classes().size() == 1) {
            tables.addAll(classTables(p, p.classes().get(0), title));
        }
        return tables;
    }

    /**
     * «Итоговые отметки обучающихся» (SPEC §8, final marks per student): for every class of the summary a sheet
     * of its students' period marks per subject with their standing now and in the previous period — the table
     * the report of one class holds, for the whole school.
     */
    public static String finalMarksTitle(SchoolProgress p) {
        return "Итоговые отметки обучающихся за " + p.period();
    }

    public static String finalMarksBaseName(SchoolProgress p) {
        String who = p.wholeSchool() || p.classes().size() != 1 ? "школа" : p.classes().get(0).name();
        return "Итоговые отметки, " + p.period() + ", " + who;
    }

    public static List<ReportTable> finalMarks(SchoolProgress p) {
        List<String> title = new ArrayList<>(titleLines(p));
        title.set(0, finalMarksTitle(p));
        List<ReportTable> tables = new ArrayList<>();
        for (ClassProgress c : p.classes()) {
            tables.add(studentsTable(p, c, title, c.name()));
        }
        return tables;
    }

    /**
     * For one class: each student's period mark per subject with their standing now and in the previous period
     * («Успеваемость класса за период»), and per subject n5 n4 n3 n2, н/а, осв with % успеваемости and качества
     * (the subject's N leaves out «осв», keeps «н/а» and a mark not set).
     */
    private static List<ReportTable> classTables(SchoolProgress p, ClassProgress c, List<String> title) {
        java.util.Set<String> subjects = subjects(c);
        ReportTable students = studentsTable(p, c, title, "Ученики");
        ReportTable bySubject = bySubject(p, c, title, subjects);
        return List.of(students, bySubject);
    }

    private static java.util.Set<String> subjects(ClassProgress c) {
        java.util.Set<String> subjects = new java.util.TreeSet<>();
        c.figures().students().forEach(s -> subjects.addAll(s.marks().keySet()));
        return subjects;
    }

    /** A class's students × subjects with each one's standing now and in the previous period. */
    private static ReportTable studentsTable(SchoolProgress p, ClassProgress c, List<String> title, String name) {
        java.util.Set<String> subjects = subjects(c);
        java.util.Map<Long, Standing> before = new java.util.HashMap<>();
        if (c.previous() != null) {
            c.previous().students().forEach(s -> before.put(s.studentId(), s.standing()));
        }
        ReportTable students = new ReportTable(name, title).landscape().text("№", 4).text("Ученик", 28);
        subjects.forEach(students::count);
        students.text("Итог", 14).text("В прошлом периоде", 14);
        int n = 1;
        for (StudentStanding s : c.figures().students()) {
            List<Object> row = new ArrayList<>();
            row.add(Integer.toString(n++));
            row.add(s.name());
            for (String subject : subjects) {
                String mark = s.marks().get(subject);
                row.add(mark == null ? (s.marks().containsKey(subject) ? "—" : "") : mark.matches("\\d{1,2}")
                        ? (Object) Long.valueOf(mark) : mark);
            }
            row.add(s.standing().title());
            Standing was = before.get(s.studentId());
            row.add(was == null ? "" : was.title());
            students.row(row.toArray());
        }
        return students;
    }

    private static ReportTable bySubject(SchoolProgress p, ClassProgress c, List<String> title,
                                         java.util.Set<String> subjects) {
        ReportTable bySubject = new ReportTable("По предметам", title).landscape().text("Предмет", 30)
                .count("«" + p.markMax() + "»").count("«" + (p.markMax() - 1) + "»").count("«" + (p.markMax() - 2) + "»")
                .count("ниже «" + (p.markMax() - 2) + "»").count("н/а").count("осв")
                .percent("% успеваемости").percent("% качества");
        for (String subject : subjects) {
            int top = 0, second = 0, third = 0, low = 0, na = 0, released = 0;
            for (StudentStanding s : c.figures().students()) {
                if (!s.marks().containsKey(subject)) {
                    continue;
                }
                String m = s.marks().get(subject);
                if (m == null || m.equals("н/а")) {
                    na++;
                } else if (m.equals("осв")) {
                    released++;
                } else {
                    int v = Integer.parseInt(m);
                    top += v == p.markMax() ? 1 : 0;
                    second += v == p.markMax() - 1 ? 1 : 0;
                    third += v == p.markMax() - 2 ? 1 : 0;
                    low += v < p.markMax() - 2 ? 1 : 0;
                }
            }
            int counted = top + second + third + low + na;
            bySubject.row(subject, top, second, third, low, na, released, percent(top + second + third, counted),
                    percent(top + second, counted));
        }
        return bySubject;
    }

    private static java.math.BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : java.math.BigDecimal.valueOf(part * 100L)
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }

    private static void add(ReportTable t, boolean total, String name, String teacher, ProgressFigures f,
                            ProgressFigures previous) {
        Object[] values = {name, teacher, f.onRoll(), f.counted(), f.attested(), f.excellent(), f.good(),
                f.withOneGood(), f.satisfactory(), f.withOneSatisfactory(), f.failing(), f.notAssessed(),
                f.released() + f.withoutMarks(), f.progressPercent(), f.qualityPercent(), f.average(), f.sou(),
                previous == null ? null : previous.progressPercent(), previous == null ? null : previous.qualityPercent()};
        if (total) {
            t.total(values);
        } else {
            t.row(values);
        }
    }
}
