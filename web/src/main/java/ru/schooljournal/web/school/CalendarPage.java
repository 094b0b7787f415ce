package ru.schooljournal.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.school.boundary.SchoolCalendar;
import ru.schooljournal.school.boundary.SchoolCalendar.View;
import ru.schooljournal.school.entity.CalendarDay;
import ru.schooljournal.school.entity.PeriodKind;
import ru.schooljournal.web.platform.Texts;

/** «Календарь учебного года»: periods of each kind, the kind of each grade, days off and moved days. */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The boundaries of one kind's periods, being edited. */
    public static final class KindRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final PeriodKind kind;
        private final List<LocalDate[]> ranges = new ArrayList<>();

        KindRow(PeriodKind kind) {
            this.kind = kind;
            for (int i = 0; i < kind.count(); i++) {
                ranges.add(new LocalDate[2]);
            }
        }

        public PeriodKind getKind() {
            return kind;
        }

        public List<LocalDate[]> getRanges() {
            return ranges;
        }
    }

    /** A grade and its kind of periods, being edited. */
    public static final class GradeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int grade;
        private PeriodKind kind;

        GradeRow(int grade, PeriodKind kind) {
            this.grade = grade;
            this.kind = kind;
        }

        public int getGrade() {
            return grade;
        }

        public PeriodKind getKind() {
            return kind;
        }

        public void setKind(PeriodKind kind) {
            this.kind = kind;
        }
    }

    @EJB
    SchoolCalendar calendar;

    @Inject
    Texts texts;

    private View view;
    private List<KindRow> kinds = List.of();
    private List<GradeRow> grades = List.of();
    private LocalDate dayDate;
    private CalendarDay.Kind dayKind = CalendarDay.Kind.OFF;
    private Integer worksAs = 1;
    private String dayNote;
    private LocalDate yearStart;
    private LocalDate yearEnd;

    public void load() {
        if (!calendar.hasYear()) {
            view = null;
            LocalDate today = LocalDate.now();
            int start = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
            yearStart = yearStart == null ? LocalDate.of(start, 9, 1) : yearStart;
            yearEnd = yearEnd == null ? LocalDate.of(start + 1, 5, 31) : yearEnd;
            return;
        }
        view = calendar.view();
        kinds = new ArrayList<>();
        for (PeriodKind k : PeriodKind.values()) {
            KindRow row = new KindRow(k);
            view.periods().stream().filter(p -> p.kind() == k && p.number() <= k.count())
                    .forEach(p -> row.ranges.set(p.number() - 1, new LocalDate[]{p.startsOn(), p.endsOn()}));
            kinds.add(row);
        }
        grades = new ArrayList<>();
        for (int g = 1; g <= 11; g++) {
            grades.add(new GradeRow(g, view.kindByGrade().get(g)));
        }
    }

    public void savePeriods(KindRow row) {
        run(() -> calendar.setPeriods(row.kind, row.ranges), "calendar.periodsSaved");
    }

    public void saveGrade(GradeRow row) {
        run(() -> calendar.setGradeKind(row.grade, row.kind), "calendar.gradeSaved");
    }

    public void openYear() {
        run(() -> calendar.openFirstYear(yearStart, yearEnd), "calendar.yearOpened");
    }

    public LocalDate getYearStart() {
        return yearStart;
    }

    public void setYearStart(LocalDate yearStart) {
        this.yearStart = yearStart;
    }

    public LocalDate getYearEnd() {
        return yearEnd;
    }

    public void setYearEnd(LocalDate yearEnd) {
        this.yearEnd = yearEnd;
    }

    public void addDay() {
        run(() -> calendar.addDay(dayDate, dayKind, worksAs, dayNote), "calendar.daySaved");
    }

    public void removeDay(long id) {
        run(() -> calendar.removeDay(id), "calendar.dayRemoved");
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            texts.info(done);
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public View getView() {
        return view;
    }

    public List<KindRow> getKinds() {
        return kinds;
    }

    public List<GradeRow> getGrades() {
        return grades;
    }

    public PeriodKind[] getKindValues() {
        return PeriodKind.values();
    }

    public LocalDate getDayDate() {
        return dayDate;
    }

    public void setDayDate(LocalDate dayDate) {
        this.dayDate = dayDate;
    }

    public CalendarDay.Kind getDayKind() {
        return dayKind;
    }

    public void setDayKind(CalendarDay.Kind dayKind) {
        this.dayKind = dayKind;
    }

    public Integer getWorksAs() {
        return worksAs;
    }

    public void setWorksAs(Integer worksAs) {
        this.worksAs = worksAs;
    }

    public String getDayNote() {
        return dayNote;
    }

    public void setDayNote(String dayNote) {
        this.dayNote = dayNote;
    }
}
