package ru.schooljournal.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.boundary.Activity;
import ru.schooljournal.reports.boundary.AttendanceSummary;
import ru.schooljournal.reports.boundary.ClassTeacherReport;
import ru.schooljournal.reports.boundary.JournalKeeping;
import ru.schooljournal.reports.boundary.MovementReport;
import ru.schooljournal.reports.boundary.ProgressSummary;
import ru.schooljournal.reports.boundary.StudentsOverview;
import ru.schooljournal.reports.boundary.SummarySheet;
import ru.schooljournal.reports.boundary.TeachingHours;
import ru.schooljournal.reports.print.ActivityReport;
import ru.schooljournal.reports.print.AttendanceReport;
import ru.schooljournal.reports.print.ClassTeacherReportTables;
import ru.schooljournal.reports.print.JournalKeepingReport;
import ru.schooljournal.reports.print.MovementReportTables;
import ru.schooljournal.reports.print.ProgressSummaryReport;
import ru.schooljournal.reports.print.ReportTable;
import ru.schooljournal.reports.print.StudentsOverviewReport;
import ru.schooljournal.reports.print.SummarySheetReport;
import ru.schooljournal.reports.print.TeachingHoursReport;

/**
 * The reports by name, as the downloads, the background job and the schedules ask for them: a report's name
 * and its filter in, its title, tables and file name out — built by the report's EJB for the caller, who must
 * reach what the filter asks.
 */
@Stateless
@PermitAll // each report's EJB asks the access matrix
public class ReportCatalog {

    /** The report names, as in the addresses ({@code /school/reports/<name>.xhtml}). */
    public static final List<String> NAMES = List.of("progress", "summary-sheet", "journal-keeping", "attendance",
            "teaching-hours", "movement", "class-teacher", "students", "final-marks", "activity");

    /** The «≥ N пропусков» list of the attendance summary unless the filter says otherwise. */
    public static final int ATTENDANCE_AT_LEAST = 10;

    /** A report's filter; what a report does not use is null. */
    public record Filter(Long period, Long schoolClass, LocalDate from, LocalDate to, Integer atLeast)
            implements Serializable {

        public Properties properties() {
            Properties p = new Properties();
            put(p, "period", period);
            put(p, "class", schoolClass);
            put(p, "from", from);
            put(p, "to", to);
            put(p, "atLeast", atLeast);
            return p;
        }

        public static Filter of(Properties p) {
            return new Filter(number(p.getProperty("period")), number(p.getProperty("class")),
                    p.getProperty("from") == null ? null : LocalDate.parse(p.getProperty("from")),
                    p.getProperty("to") == null ? null : LocalDate.parse(p.getProperty("to")),
                    p.getProperty("atLeast") == null ? null : Integer.valueOf(p.getProperty("atLeast")));
        }

        private static void put(Properties p, String key, Object value) {
            if (value != null) {
                p.setProperty(key, value.toString());
            }
        }

        private static Long number(String s) {
            return s == null ? null : Long.valueOf(s);
        }
    }

    public record Built(String title, String parameters, String baseName, List<ReportTable> tables) {

        public String fileName(String extension) {
            return baseName + "." + extension;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB
    ProgressSummary progressSummary;

    @EJB
    SummarySheet summarySheet;

    @EJB
    JournalKeeping journalKeeping;

    @EJB
    AttendanceSummary attendance;

    @EJB
    TeachingHours teachingHours;

    @EJB
    MovementReport movement;

    @EJB
    ClassTeacherReport classTeacher;

    @EJB
    StudentsOverview studentsOverview;

    @EJB
    Activity activity;

    public Built build(String report, Filter f) {
        switch (report) {
            case "progress" -> {
                if (f.period() == null) {
                    throw new RuleViolation("reports.badAddress");
                }
                ProgressSummary.SchoolProgress p = progressSummary.of(f.period(), f.schoolClass());
                return new Built(ProgressSummaryReport.title(p), p.period() + classes(p.classes().size()),
                        ProgressSummaryReport.baseName(p), ProgressSummaryReport.tables(p));
            }
            case "final-marks" -> {
                if (f.period() == null) {
                    throw new RuleViolation("reports.badAddress");
                }
                ProgressSummary.SchoolProgress p = progressSummary.of(f.period(), f.schoolClass());
                return new Built(ProgressSummaryReport.finalMarksTitle(p), p.period() + classes(p.classes().size()),
                        ProgressSummaryReport.finalMarksBaseName(p), ProgressSummaryReport.finalMarks(p));
            }
            case "summary-sheet" -> {
                if (f.schoolClass() == null) {
                    throw new RuleViolation("reports.badAddress");
                }
                SummarySheet.Sheet s = summarySheet.of(f.schoolClass());
                return new Built(SummarySheetReport.title(s), s.className() + ", " + s.year(),
                        SummarySheetReport.baseName(s), SummarySheetReport.tables(s));
            }
            case "journal-keeping" -> {
                JournalKeeping.Analysis a = journalKeeping.of(f.from(), f.to(), f.schoolClass());
                return new Built(JournalKeepingReport.title(a), dates(f), JournalKeepingReport.baseName(a),
                        JournalKeepingReport.tables(a));
            }
            case "attendance" -> {
                AttendanceSummary.Summary s = attendance.of(f.from(), f.to(), f.schoolClass(),
                        f.atLeast() == null ? ATTENDANCE_AT_LEAST : Math.max(1, Math.min(1000, f.atLeast())));
                return new Built(AttendanceReport.title(s), dates(f) + ", список от " + s.atLeast() + " пропусков",
                        AttendanceReport.baseName(s), AttendanceReport.tables(s));
            }
            case "teaching-hours" -> {
                TeachingHours.Hours h = teachingHours.of(f.from(), f.to(), f.schoolClass());
                return new Built(TeachingHoursReport.title(h), dates(f), TeachingHoursReport.baseName(h),
                        TeachingHoursReport.tables(h));
            }
            case "movement" -> {
                MovementReport.Movement m = movement.of(f.from(), f.to());
                return new Built(MovementReportTables.title(m), dates(f), MovementReportTables.baseName(m),
                        MovementReportTables.tables(m));
            }
            case "class-teacher" -> {
                if (f.period() == null || f.schoolClass() == null) {
                    throw new RuleViolation("reports.badAddress");
                }
                ClassTeacherReport.Report r = classTeacher.of(f.period(), f.schoolClass());
                return new Built(ClassTeacherReportTables.title(r), r.progress().period(),
                        ClassTeacherReportTables.baseName(r), ClassTeacherReportTables.tables(r));
            }
            case "students" -> {
                StudentsOverview.Overview o = studentsOverview.on(f.to());
                return new Built(StudentsOverviewReport.title(o), "", StudentsOverviewReport.baseName(o),
                        StudentsOverviewReport.tables(o));
            }
            case "activity" -> {
                Activity.Usage u = activity.of(f.from(), f.to(), f.schoolClass());
                return new Built(ActivityReport.title(u), dates(f), ActivityReport.baseName(u), ActivityReport.tables(u));
            }
            default -> throw new RuleViolation("reports.unknown");
        }
    }

    private static String dates(Filter f) {
        return f.from() == null || f.to() == null ? "" : DAY.format(f.from()) + " – " + DAY.format(f.to());
    }

    private static String classes(int n) {
        return ", классов: " + n;
    }
}
