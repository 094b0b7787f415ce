package ru.schooljournal.diary.boundary;

import static ru.schooljournal.platform.NativeRows.date;
import static ru.schooljournal.platform.NativeRows.time;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.diary.control.DiaryCalendar;
import ru.schooljournal.diary.control.DiaryCalendar.Kind;
import ru.schooljournal.diary.control.DiaryViews;
import ru.schooljournal.journal.control.Cell;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.platform.NativeRows;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.schedule.boundary.Events;
import ru.schooljournal.schedule.boundary.Timetable;
import ru.schooljournal.schedule.boundary.TimetableLesson;

/**
 * The diary's week (SPEC §6): read-only; who may read whose diary is the access matrix's DIARY_VIEW (by default a
 * student their own, a parent their own children's — and never more, whatever the matrix says); the class set of
 * a week for printing is the class teacher's (REPORTS_OWN_CLASS) or a reader's of every class (REPORTS_ALL_CLASSES).
 * A week shows its days as the school's calendar has them ({@link DiaryCalendar}: «Каникулы», «Выходной» with its
 * note, no lessons outside the grade's periods), and on a school day the journal's lessons with their topics, the
 * homework set (and the lesson it is due at), the homework due at this lesson, the student's marks with their
 * work types and their absence or lateness; before the journal has a week's lessons, the timetable's. Weeks stay
 * within the academic year. A fixed number of statements whatever the number of lessons, marks and students; a
 * student's week read by the student or a parent is recorded as a view of the diary ({@link DiaryViews}), and says
 * which parents have signed it («Ознакомлен(а)», {@link Acknowledgements}).
 */
@Stateless
@PermitAll // DIARY_VIEW and the report rights are asked below
public class Diary {

    private static final Logger LOG = Logger.getLogger(Diary.class.getName());

    /** A mark in the diary: its value and what it was given for (the work type, its letter). */
    public record DiaryMark(int value, String workKey, String workType) implements Serializable {

        /** «5 (Ответ на уроке)», as the printout writes it. */
        public String text() {
            return value + " (" + workType + ")";
        }
    }

    /**
     * A lesson in the diary: when and what; once the journal has it, its topic, the homework set at it and the day
     * it is to be handed in (the subject's next lesson on a later day), the homework due at it (set at the subject's lesson
     * before), the student's marks and their absence or lateness; a lesson cancelled for the day says so.
     */
    public record DiaryLesson(int number, LocalTime startsAt, LocalTime endsAt, String subject, String teacher,
                              String room, String topic, String homework, LocalDate homeworkDue, String homeworkForToday,
                              List<DiaryMark> marks, String attendance, boolean cancelled) implements Serializable {
    }

    /** A day of the week: a school day with its lessons, or holidays, a day off (its note), Sunday. */
    public record DiaryDay(LocalDate date, Kind kind, String note, List<DiaryLesson> lessons, List<String> events)
            implements Serializable {

        public boolean school() {
            return kind == Kind.SCHOOL;
        }
    }

    /** A student's week; {@code previous}/{@code next} are the neighbouring weeks' Mondays inside the year, or null. */
    public record DiaryWeek(long studentId, String student, String className, LocalDate monday, LocalDate previous,
                            LocalDate next, LocalDate thisWeek, List<DiaryDay> days,
                            List<Acknowledgements.Acknowledged> acknowledged) implements Serializable {

        /** The week has begun: a parent may sign it («Ознакомлен(а)»). */
        public boolean begun() {
            return !monday.isAfter(thisWeek);
        }

        /** The caller has signed this week already. */
        public boolean signedByMe() {
            return acknowledged.stream().anyMatch(Acknowledgements.Acknowledged::mine);
        }
    }

    @EJB
    Events events;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @EJB
    Timetable timetable;

    /** The student the signed-in student is, for their own diary. */
    public long myStudentId() {
        Caller me = currentCaller.get();
        if (!me.has(Role.STUDENT) || me.personId() == null) {
            throw new AccessDenied("access.denied.notAStudent", me.login());
        }
        return me.personId();
    }

    /** The week containing {@code day} in a student's diary (kept within the year): the student or their parent. */
    public DiaryWeek week(long studentId, LocalDate day) {
        requireDiary(studentId);
        DiaryViews.record(em, currentCaller.get(), studentId);
        List<Object[]> found = rows("""
                select c.id, s.last_name, s.first_name, s.middle_name from class_membership m
                join school_class c on c.id = m.class_id join academic_year y on y.id = c.year_id and y.current
                join person s on s.id = m.student_id
                where m.student_id = ?1 and m.left_on is null order by m.enrolled_on desc limit 1""", studentId);
        if (found.isEmpty()) {
            Object[] p = (Object[]) em.createNativeQuery("select last_name, first_name, middle_name from person where id = ?1")
                    .setParameter(1, studentId).getSingleResult();
            LocalDate monday = day.with(DayOfWeek.MONDAY);
            return new DiaryWeek(studentId, PersonName.full((String) p[0], (String) p[1], (String) p[2]), null, monday,
                    null, null, monday, List.of(), List.of());
        }
        Object[] f = found.get(0);
        Map<Long, String> student = Map.of(studentId, PersonName.full((String) f[1], (String) f[2], (String) f[3]));
        DiaryWeek w = weeks(((Number) f[0]).longValue(), student, day).get(0);
        return new DiaryWeek(w.studentId(), w.student(), w.className(), w.monday(), w.previous(), w.next(), w.thisWeek(),
                w.days(), Acknowledgements.signed(em, studentId, w.monday(), currentCaller.get().personId()));
    }

    /** A class's week, a diary per student on its roll, for the class teacher's Friday printout. */
    public List<DiaryWeek> classSet(long classId, LocalDate day) {
        Caller me = currentCaller.get();
        Target cls = Target.schoolClass(classId);
        if (!policy.may(Operation.REPORTS_OWN_CLASS, cls) && !policy.may(Operation.REPORTS_ALL_CLASSES, cls)) {
            throw new AccessDenied("access.denied.matrix", me.login() + " diary class set of " + classId);
        }
        Map<Long, String> students = new LinkedHashMap<>();
        for (Object[] r : rows("""
                select s.id, s.last_name, s.first_name, s.middle_name from class_membership m join person s on s.id = m.student_id
                join school_class c on c.id = m.class_id
                where m.class_id = ?1 and c.school_id = ?2 and m.left_on is null
                order by s.last_name, s.first_name, s.middle_name, s.id""", classId, me.schoolId())) {
            students.put(((Number) r[0]).longValue(), PersonName.full((String) r[1], (String) r[2], (String) r[3]));
        }
        if (students.isEmpty()) {
            throw new RuleViolation("diary.noStudents");
        }
        return weeks(classId, students, day);
    }

    private void requireDiary(long studentId) {
        if (!policy.may(Operation.DIARY_VIEW, Target.student(studentId))) {
            LOG.warning(() -> "Refused: " + currentCaller.get().login() + " asked for the diary of person " + studentId);
            throw new AccessDenied("access.denied.notYourDiary", currentCaller.get().login() + " -> " + studentId);
        }
    }

    /** The week of {@code day} for each of {@code students} of the class (their names by id), in their order. */
    private List<DiaryWeek> weeks(long classId, Map<Long, String> students, LocalDate day) {
        Object[] c = (Object[]) em.createNativeQuery("""
                        select c.school_id, c.grade, c.grade || c.letter, y.id, y.starts_on, y.ends_on,
                               (now() at time zone s.time_zone)::date
                        from school_class c join academic_year y on y.id = c.year_id join school s on s.id = c.school_id
                        where c.id = ?1""").setParameter(1, classId).getSingleResult();
        long schoolId = ((Number) c[0]).longValue();
        int grade = ((Number) c[1]).intValue();
        DiaryCalendar calendar = calendar(((Number) c[3]).longValue(), grade, schoolId, date(c[4]), date(c[5]));
        LocalDate today = date(c[6]);
        LocalDate monday = calendar.weekOf(day);
        LocalDate sunday = monday.plusDays(6);
        List<LessonRow> lessons = lessons(classId, monday, sunday);
        Map<Long, List<Object[]>> groups = new HashMap<>(); // class subject → its members' spans
        for (Object[] g : rows("""
                select g.class_subject_id, g.student_id, g.from_on, g.to_on from subgroup_member g
                join class_subject cs on cs.id = g.class_subject_id where cs.class_id = ?1
                  and g.from_on <= ?3 and (g.to_on is null or g.to_on >= ?2)""", classId, monday, sunday)) {
            groups.computeIfAbsent(((Number) g[0]).longValue(), k -> new ArrayList<>()).add(g);
        }
        String in = String.join(",", students.keySet().stream().map(String::valueOf).toList());
        Map<String, List<DiaryMark>> marks = new HashMap<>();
        Map<String, String> attendance = new HashMap<>();
        if (!lessons.isEmpty()) {
            for (Object[] m : rows("""
                    select m.student_id, m.lesson_id, m.value, w.key, w.name from mark m join work_type w on w.id = m.work_type_id
                    join lesson l on l.id = m.lesson_id join class_subject cs on cs.id = l.class_subject_id
                    where cs.class_id = ?1 and m.student_id in (%s) and l.date between ?2 and ?3
                    order by m.position, m.id""".formatted(in), classId, monday, sunday)) {
                marks.computeIfAbsent(m[0] + "/" + m[1], k -> new ArrayList<>())
                        .add(new DiaryMark(((Number) m[2]).intValue(), (String) m[3], (String) m[4]));
            }
            for (Object[] a : rows("""
                    select a.student_id, a.lesson_id, a.kind, a.reason from attendance a join lesson l on l.id = a.lesson_id
                    join class_subject cs on cs.id = l.class_subject_id
                    where cs.class_id = ?1 and a.student_id in (%s) and l.date between ?2 and ?3""".formatted(in),
                    classId, monday, sunday)) {
                attendance.put(a[0] + "/" + a[1], Cell.attendanceText(Attendance.Kind.valueOf((String) a[2]),
                        a[3] == null ? null : Attendance.Reason.valueOf((String) a[3])));
            }
        }
        List<TimetableLesson> template = lessons.isEmpty() ? timetable.classWeek(classId) : List.of();
        List<Events.Event> ofWeek = events.ofClass(schoolId, classId, monday, sunday);
        List<DiaryWeek> weeks = new ArrayList<>();
        students.forEach((studentId, name) -> {
            List<DiaryDay> days = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                DiaryCalendar.Day d = calendar.day(date);
                List<DiaryLesson> ofDay = new ArrayList<>();
                for (LessonRow l : lessons) {
                    if (l.date().equals(date) && inGroup(l, groups, studentId)) {
                        String key = studentId + "/" + l.id();
                        ofDay.add(new DiaryLesson(l.number(), l.startsAt(), l.endsAt(), l.subject(), l.teacher(), l.room(),
                                l.cancelled() ? null : l.topic(), l.homework(), l.homeworkDue(), l.homeworkForToday(),
                                marks.getOrDefault(key, List.of()), attendance.get(key), l.cancelled()));
                    }
                }
                if (ofDay.isEmpty() && d.school()) {
                    // Before the journal has the week's lessons: the timetable's for a school day, nothing else.
                    template.stream().filter(t -> t.day() == d.weekday())
                            .forEach(t -> ofDay.add(new DiaryLesson(t.number(), t.startsAt(), t.endsAt(), t.subject(),
                                    t.teacher(), t.room(), null, null, null, null, List.of(), null, false)));
                }
                List<String> ofDayEvents = ofWeek.stream().filter(e -> e.date().equals(date)).map(Events.Event::text).toList();
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (!weekend || !ofDay.isEmpty() || !ofDayEvents.isEmpty()) {
                    // A day with lessons is a school day whatever else; a weekend day shown for an event is a day off.
                    Kind kind = !ofDay.isEmpty() ? Kind.SCHOOL : weekend && d.school() ? Kind.SUNDAY : d.kind();
                    days.add(new DiaryDay(date, kind, d.note(), ofDay, ofDayEvents));
                }
            }
            LocalDate previous = monday.minusWeeks(1).isBefore(calendar.firstMonday()) ? null : monday.minusWeeks(1);
            LocalDate next = monday.plusWeeks(1).isAfter(calendar.lastMonday()) ? null : monday.plusWeeks(1);
            weeks.add(new DiaryWeek(studentId, name, (String) c[2], monday, previous, next, calendar.weekOf(today), days,
                    List.of()));
        });
        return weeks;
    }

    private record LessonRow(long id, long classSubjectId, boolean grouped, LocalDate date, int number, LocalTime startsAt,
                             LocalTime endsAt, String subject, String teacher, String room, String topic, String homework,
                             LocalDate homeworkDue, String homeworkForToday, boolean cancelled) {
    }

    /**
     * The class's lessons of the week (every group's) with their bells, the subject's next lesson on a later day (when
     * the homework set is due — a double lesson's second half is not «next time») and the homework set at the
     * subject's lessons of the last earlier day it had (due at this one; a double lesson's both): one statement.
     */
    private List<LessonRow> lessons(long classId, LocalDate monday, LocalDate sunday) {
        List<LessonRow> lessons = new ArrayList<>();
        for (Object[] l : rows("""
                select l.id, cs.id, cs.group_no is not null, l.date, l.number, b.starts_at, b.ends_at, s.name,
                       t.last_name, t.first_name, t.middle_name, l.room, l.topic, l.homework, l.cancelled, nx.date, pv.homework
                from lesson l join class_subject cs on cs.id = l.class_subject_id join subject s on s.id = cs.subject_id
                     left join person t on t.id = l.teacher_id
                     left join bell b on b.school_id = cs.school_id and b.number = l.number
                     left join lateral (select n.date from lesson n where n.class_subject_id = l.class_subject_id
                               and not n.cancelled and n.date > l.date
                               order by n.date, n.number limit 1) nx on l.homework is not null
                     left join lateral (select string_agg(p.homework, '; ' order by p.number) as homework from lesson p
                               where p.class_subject_id = l.class_subject_id and not p.cancelled
                                 and p.date = (select max(q.date) from lesson q where q.class_subject_id = l.class_subject_id
                                               and not q.cancelled and q.date < l.date)) pv on true
                where cs.class_id = ?1 and l.date between ?2 and ?3
                order by l.date, l.number, s.name""", classId, monday, sunday)) {
            lessons.add(new LessonRow(((Number) l[0]).longValue(), ((Number) l[1]).longValue(), (Boolean) l[2], date(l[3]),
                    ((Number) l[4]).intValue(), time(l[5]), time(l[6]), (String) l[7],
                    l[8] == null ? "" : PersonName.initials((String) l[8], (String) l[9], (String) l[10]), (String) l[11],
                    (String) l[12], (String) l[13], l[15] == null ? null : date(l[15]), (String) l[16], (Boolean) l[14]));
        }
        return lessons;
    }

    /** Whether the student is taught at this lesson: a lesson of the whole class, or of a group they are in that day. */
    private static boolean inGroup(LessonRow l, Map<Long, List<Object[]>> groups, long studentId) {
        if (!l.grouped()) {
            return true;
        }
        for (Object[] g : groups.getOrDefault(l.classSubjectId(), List.of())) {
            if (((Number) g[1]).longValue() == studentId && !date(g[2]).isAfter(l.date())
                    && (g[3] == null || !date(g[3]).isBefore(l.date()))) {
                return true;
            }
        }
        return false;
    }

    /** The grade's study periods of the year and the school's days off and moved days in it: two statements. */
    private DiaryCalendar calendar(long yearId, int grade, long schoolId, LocalDate startsOn, LocalDate endsOn) {
        List<LocalDate[]> periods = new ArrayList<>();
        for (Object[] p : rows("""
                select p.starts_on, p.ends_on from study_period p join grade_period_kind g on g.year_id = p.year_id
                and g.kind = p.kind where p.year_id = ?1 and g.grade = ?2""", yearId, grade)) {
            periods.add(new LocalDate[]{date(p[0]), date(p[1])});
        }
        Map<LocalDate, DiaryCalendar.Special> specials = new HashMap<>();
        for (Object[] d : rows("""
                select date, kind, works_as, note from calendar_day where school_id = ?1 and date between ?2 and ?3""",
                schoolId, startsOn, endsOn)) {
            specials.put(date(d[0]), new DiaryCalendar.Special("OFF".equals(d[1]),
                    d[2] == null ? null : ((Number) d[2]).intValue(), (String) d[3]));
        }
        return new DiaryCalendar(startsOn, endsOn, periods, specials);
    }

    private List<Object[]> rows(String sql, Object... params) {
        return NativeRows.rows(em, sql, params);
    }
}
