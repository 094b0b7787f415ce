package ru.schooljournal.reports.print;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import ru.schooljournal.reports.boundary.AttendanceSummary;
import ru.schooljournal.reports.boundary.ClassTeacherReport.Report;
import ru.schooljournal.reports.boundary.ProgressSummary.ClassProgress;
import ru.schooljournal.reports.control.ProgressFigures;
import ru.schooljournal.reports.control.ProgressFigures.StudentStanding;
import ru.schooljournal.reports.control.Standing;

/**
 * «Отчёт классного руководителя за период» as tables: the report itself (figure, value, the students' names),
 * then the students' marks and the subjects with their teachers (the class's sheets of «Итоги успеваемости»).
 */
public final class ClassTeacherReportTables {

    private ClassTeacherReportTables() {
    }

    public static String title(Report r) {
        return "Отчёт классного руководителя " + r.progress().classes().get(0).name() + " класса за " + r.progress().period();
    }

    public static String baseName(Report r) {
        return "Отчёт классного руководителя, " + r.progress().classes().get(0).name() + ", " + r.progress().period();
    }

    public static List<ReportTable> tables(Report r) {
        ClassProgress c = r.progress().classes().get(0);
        ProgressFigures f = c.figures();
        List<String> title = new ArrayList<>(ProgressSummaryReport.titleLines(r.progress()));
        title.set(0, title(r));
        if (!c.classTeacher().isEmpty()) {
            title.add(1, "Классный руководитель: " + c.classTeacher());
        }
        ReportTable t = new ReportTable("Отчёт", title).text("Показатель", 34).count("Число").text("Ученики", 70);
        t.row("На начало периода", r.roll().atStart(), "");
        t.row("Прибыло", r.roll().arrived(), "");
        t.row("Выбыло", r.roll().left(), "");
        t.row("На конец периода", r.roll().atEnd(), "");
        t.row("Учтено (N)", f.counted(), "");
        t.row("Аттестовано", f.attested(), "");
        t.row("Отличники", f.excellent(), names(f.of(Standing.EXCELLENT), false));
        t.row("Хорошисты", f.good(), names(f.of(Standing.GOOD), false));
        t.row("из них с одной «4»", f.withOneGood(), one(f.of(Standing.GOOD)));
        t.row("Троечники", f.satisfactory(), "");
        t.row("из них с одной «3»", f.withOneSatisfactory(), one(f.of(Standing.SATISFACTORY)));
        t.row("Неуспевающие", f.failing(), names(f.of(Standing.FAILING), true));
        t.row("Не аттестованы", f.notAssessed(), names(f.of(Standing.NOT_ASSESSED), true));
        t.row("«н/а» и не выставленные: по журналу", f.students().stream().mapToInt(s -> s.notAssessedIn().size()).sum(),
                f.students().stream().flatMap(s -> s.notAssessedIn().stream().map(subject -> s.name() + ", " + subject
                        + ": " + r.whyNotAssessed(s.studentId(), subject))).collect(Collectors.joining("; ")));
        t.row("% успеваемости", f.progressPercent() == null ? "—" : f.progressPercent().toPlainString().replace('.', ','), "");
        t.row("% качества", f.qualityPercent() == null ? "—" : f.qualityPercent().toPlainString().replace('.', ','), "");
        t.row("Средний балл", f.average() == null ? "—" : f.average().toPlainString().replace('.', ','), "");
        if (r.progress().showsSou()) {
            t.row("СОУ, %", f.sou() == null ? "—" : f.sou().toPlainString().replace('.', ','), "");
        }
        AttendanceSummary.Missed m = r.attendance().total();
        t.row("Пропущено дней", m.days(), "");
        t.row("Пропущено уроков", m.lessons(), "");
        t.row("из них по болезни", m.illness(), "");
        t.row("по другой уважительной причине", m.good(), "");
        t.row("без уважительной причины", m.noReason(), "");
        t.row("Опозданий", m.late(), "");
        List<ReportTable> tables = new ArrayList<>();
        tables.add(t);
        for (ReportTable sheet : ProgressSummaryReport.tables(r.progress())) {
            if (sheet.name().equals("Ученики")) {
                tables.add(sheet);
            } else if (sheet.name().equals("По предметам")) {
                tables.add(withTeachers(sheet, r));
            }
        }
        return tables;
    }

    private static String names(List<StudentStanding> students, boolean withSubjects) {
        return students.stream().map(s -> s.name() + (withSubjects ? " (" + String.join(", ", subjects(s)) + ")" : ""))
                .collect(Collectors.joining("; "));
    }

    private static List<String> subjects(StudentStanding s) {
        List<String> subjects = new ArrayList<>(s.failedIn());
        s.notAssessedIn().forEach(n -> subjects.add(n + ": н/а"));
        return subjects;
    }

    private static String one(List<StudentStanding> students) {
        return students.stream().filter(s -> s.oneLowerIn() != null).map(s -> s.name() + " (" + s.oneLowerIn() + ")")
                .collect(Collectors.joining("; "));
    }

    /** The subjects' sheet with each subject's teacher after its name. */
    private static ReportTable withTeachers(ReportTable bySubject, Report r) {
        ReportTable t = new ReportTable(bySubject.name(), bySubject.title()).landscape().text("Предмет", 30)
                .text("Учитель", 20);
        bySubject.columns().subList(1, bySubject.columns().size()).forEach(c -> {
            switch (c.kind()) {
                case PERCENT -> t.percent(c.header());
                case DECIMAL -> t.decimal(c.header());
                case TEXT -> t.text(c.header(), c.width());
                default -> t.count(c.header());
            }
        });
        for (ReportTable.Row row : bySubject.rows()) {
            List<Object> values = new ArrayList<>(row.values());
            values.add(1, r.teachers().getOrDefault((String) values.get(0), ""));
            t.row(values.toArray());
        }
        return t;
    }
}
