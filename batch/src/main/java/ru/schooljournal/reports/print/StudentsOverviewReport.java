package ru.schooljournal.reports.print;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.reports.boundary.StudentsOverview;
import ru.schooljournal.reports.boundary.StudentsOverview.GradeLine;
import ru.schooljournal.reports.boundary.StudentsOverview.Overview;

/**
 * «Общие сведения об обучающихся» as two tables: a grade a line and the school; and the classes' occupancy
 * («Наполняемость классов»): each class's students against the school's limit, free places and those over it.
 */
public final class StudentsOverviewReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private StudentsOverviewReport() {
    }

    public static String title(Overview o) {
        return "Общие сведения об обучающихся на " + DAY.format(o.on());
    }

    public static String baseName(Overview o) {
        return "Общие сведения об обучающихся " + DAY.format(o.on());
    }

    public static List<ReportTable> tables(Overview o) {
        ReportTable t = new ReportTable("Сведения", List.of(title(o), o.school(),
                "Возраст — полных лет на дату; группы здоровья и по физкультуре — из медицинских карт",
                "Построен " + MOMENT.format(o.builtAt().atZone(o.zone())))).landscape()
                .text("Параллель", 9).count("Классов").count("Учеников").count("Мальчиков").count("Девочек");
        for (int age = StudentsOverview.YOUNGEST; age <= StudentsOverview.OLDEST; age++) {
            t.count(age == StudentsOverview.YOUNGEST ? "до " + age + " лет" : age == StudentsOverview.OLDEST
                    ? age + " лет и старше" : age + " лет");
        }
        for (String g : List.of("I", "II", "III", "IV", "V")) {
            t.count(g + " группа здоровья");
        }
        t.count("Физкультура: основная").count("подготовительная").count("специальная").count("освобождены")
                .count("Нет медицинской карты");
        int columns = t.columns().size();
        long[] total = new long[columns];
        for (GradeLine g : o.grades()) {
            List<Object> row = new ArrayList<>();
            row.add(g.grade() + " класс");
            row.add(g.classes());
            row.add(g.students());
            row.add(g.boys());
            row.add(g.girls());
            for (int a : g.byAge()) {
                row.add(a);
            }
            for (int h : g.byHealth()) {
                row.add(h);
            }
            for (int p : g.byPe()) {
                row.add(p);
            }
            row.add(g.noCard());
            for (int i = 1; i < columns; i++) {
                total[i] += ((Number) row.get(i)).longValue();
            }
            t.row(row.toArray());
        }
        Object[] sum = new Object[columns];
        sum[0] = "Школа";
        for (int i = 1; i < columns; i++) {
            sum[i] = total[i];
        }
        t.total(sum);
        ReportTable occupancy = new ReportTable("Наполняемость", List.of("Наполняемость классов на " + DAY.format(o.on()),
                o.school(), "Предельная наполняемость класса — " + o.capacity() + " учеников",
                "Построен " + MOMENT.format(o.builtAt().atZone(o.zone()))))
                .text("Класс", 8).text("Классный руководитель", 24).count("Учеников").count("Мальчиков")
                .count("Девочек").count("Свободных мест").count("Сверх нормы").percent("Наполняемость, %");
        int students = 0, boys = 0, girls = 0, free = 0, over = 0;
        for (StudentsOverview.ClassLine c : o.classes()) {
            int f = Math.max(0, o.capacity() - c.students());
            int x = Math.max(0, c.students() - o.capacity());
            occupancy.row(c.name(), c.classTeacher(), c.students(), c.boys(), c.girls(), f, x,
                    percent(c.students(), o.capacity()));
            students += c.students();
            boys += c.boys();
            girls += c.girls();
            free += f;
            over += x;
        }
        occupancy.total("Школа", "", students, boys, girls, free, over,
                percent(students, o.capacity() * o.classes().size()));
        return List.of(t, occupancy);
    }

    private static java.math.BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : java.math.BigDecimal.valueOf(part * 100L)
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }
}
