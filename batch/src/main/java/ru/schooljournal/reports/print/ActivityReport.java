package ru.schooljournal.reports.print;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.reports.boundary.Activity.ClassLine;
import ru.schooljournal.reports.boundary.Activity.PersonLine;
import ru.schooljournal.reports.boundary.Activity.Usage;

/**
 * «Активность пользователей»: per class the students' and the parents' sign-ins and diary views in the dates, with
 * the school's total; for one class also who uses the diary, a line per student and per parent.
 */
public final class ActivityReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** What the people table says for someone who has never signed in. */
    public static final String NEVER = "ни разу не входил(а)";

    private ActivityReport() {
    }

    public static String title(Usage u) {
        return "Активность пользователей с " + DAY.format(u.from()) + " по " + DAY.format(u.to())
                + (u.oneClass() ? ", " + u.className() : "");
    }

    public static String baseName(Usage u) {
        return "Активность " + (u.oneClass() ? u.className() + " " : "") + DAY.format(u.from()) + "–" + DAY.format(u.to());
    }

    public static List<ReportTable> tables(Usage u) {
        String built = "Построен " + MOMENT.format(u.builtAt().atZone(u.zone()));
        ReportTable classes = new ReportTable("По классам", List.of(title(u), u.school(),
                "Входили — хотя бы раз вошли в эти даты; просмотры — открытия дневника (неделя, четверть, год)",
                built)).landscape()
                .text("Класс", 7).count("Учеников").count("Из них входили").count("Входов учеников")
                .count("Просмотров дневника учениками").count("Родителей").count("Из них входили (родители)").count("Входов родителей")
                .count("Просмотров дневника родителями").count("Ни разу не входили");
        int[] sum = new int[9];
        for (ClassLine c : u.classes()) {
            int[] v = {c.students(), c.studentsSignedIn(), c.studentSignIns(), c.studentViews(), c.parents(),
                    c.parentsSignedIn(), c.parentSignIns(), c.parentViews(), c.neverSignedIn()};
            classes.row(c.className(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        classes.total(u.wholeSchool() ? "Школа" : "Итого", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7],
                sum[8]);
        List<ReportTable> tables = new ArrayList<>(List.of(classes));
        if (u.oneClass()) {
            ReportTable people = new ReportTable("Кто пользуется дневником", List.of("Кто пользуется дневником, "
                    + u.className(), u.school(), "С " + DAY.format(u.from()) + " по " + DAY.format(u.to())
                    + "; «эта неделя» — с " + DAY.format(u.thisWeek()), built)).landscape()
                    .text("Ученик", 22).text("Кто", 28).text("Последний вход", 38).count("Входов")
                    .count("Просмотров за эту неделю").count("Просмотров за даты").text("Ознакомлен(а) с прошлой неделей", 16)
                    .text("Ознакомлен(а) с этой неделей", 16);
            for (PersonLine p : u.people()) {
                people.row(p.student(), p.who(), !p.hasAccount() ? NEVER + ": нет учётной записи"
                                : p.lastSignIn() == null ? NEVER : moment(p.lastSignIn(), u.zone()),
                        p.signIns(), p.viewsThisWeek(), p.views(),
                        p.parent() ? moment(p.acknowledgedLastWeek(), u.zone()) : "",
                        p.parent() ? moment(p.acknowledgedThisWeek(), u.zone()) : "");
            }
            tables.add(people);
        }
        return tables;
    }

    private static String moment(Instant at, ZoneId zone) {
        return at == null ? "—" : MOMENT.format(at.atZone(zone));
    }
}
