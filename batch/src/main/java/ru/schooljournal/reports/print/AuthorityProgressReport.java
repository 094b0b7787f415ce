package ru.schooljournal.reports.print;

import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.schooljournal.reports.boundary.ProgressSummary.AcrossSchools;
import ru.schooljournal.reports.boundary.ProgressSummary.SchoolLine;
import ru.schooljournal.reports.control.ProgressFigures;

/** The authority's «Итоги успеваемости по школам» as one table: a school a line, and all of them together. */
public final class AuthorityProgressReport {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private AuthorityProgressReport() {
    }

    public static String title(AcrossSchools a) {
        return "Итоги успеваемости по школам за " + a.period();
    }

    public static String baseName(AcrossSchools a) {
        return "Итоги успеваемости по школам, " + a.period();
    }

    public static List<ReportTable> tables(AcrossSchools a) {
        ReportTable t = new ReportTable("Школы", List.of(title(a), a.authority(),
                "Построен " + MOMENT.format(a.builtAt().atZone(a.zone())))).landscape()
                .text("Школа", 30).count("На конец периода").count("Учтено (N)").count("Отличники").count("Хорошисты")
                .count("Троечники").count("Неуспевающие").count("Н/а").percent("% успеваемости").percent("% качества")
                .decimal("Средний балл").decimal("СОУ, %");
        for (SchoolLine s : a.schools()) {
            add(t, false, s.school(), s.figures());
        }
        if (a.total() != null) {
            add(t, true, "Все школы", a.total());
        }
        return List.of(t);
    }

    private static void add(ReportTable t, boolean total, String name, ProgressFigures f) {
        Object[] v = {name, f.onRoll(), f.counted(), f.excellent(), f.good(), f.satisfactory(), f.failing(),
                f.notAssessed(), f.progressPercent(), f.qualityPercent(), f.average(), f.sou()};
        if (total) {
            t.total(v);
        } else {
            t.row(v);
        }
    }
}
