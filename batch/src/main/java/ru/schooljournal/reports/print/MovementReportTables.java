package ru.schooljournal.reports.print;

import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.schooljournal.reports.boundary.MovementReport.ClassLine;
import ru.schooljournal.reports.boundary.MovementReport.Movement;
import ru.schooljournal.reports.boundary.MovementReport.Order;

/** «Движение учащихся и наполняемость классов» as two tables: per class with the school's total, and the orders. */
public final class MovementReportTables {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private MovementReportTables() {
    }

    public static String title(Movement m) {
        return "Движение учащихся с " + DAY.format(m.from()) + " по " + DAY.format(m.to());
    }

    public static String baseName(Movement m) {
        return "Движение учащихся " + DAY.format(m.from()) + "–" + DAY.format(m.to());
    }

    public static List<ReportTable> tables(Movement m) {
        List<String> title = List.of(title(m), m.school(), "Построен " + MOMENT.format(m.builtAt().atZone(m.zone())));
        ReportTable classes = new ReportTable("Движение", title).landscape().text("Класс", 8)
                .text("Классный руководитель", 22).count("На начало").count("Прибыло").count("Выбыло")
                .count("На конец").count("Мальчиков").count("Девочек");
        int start = 0, arrived = 0, left = 0, end = 0, boys = 0, girls = 0;
        for (ClassLine c : m.classes()) {
            classes.row(c.className(), c.classTeacher(), c.atStart(), c.arrived(), c.left(), c.atEnd(), c.boys(), c.girls());
            start += c.atStart();
            arrived += c.arrived();
            left += c.left();
            end += c.atEnd();
            boys += c.boys();
            girls += c.girls();
        }
        classes.total("Школа", "", start, arrived, left, end, boys, girls);
        ReportTable orders = new ReportTable("Приказы", title).landscape().text("Дата", 11).text("№ приказа", 12)
                .text("Вид", 24).text("Ученик", 30).text("Из класса", 9).text("В класс", 9).text("Примечание", 30);
        for (Order o : m.orders()) {
            orders.row(DAY.format(o.date()), o.number(), o.kind(), o.student(), o.fromClass(), o.toClass(), o.note());
        }
        return List.of(classes, orders);
    }
}
