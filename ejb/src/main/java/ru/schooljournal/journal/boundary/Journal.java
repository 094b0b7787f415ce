package ru.schooljournal.journal.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.journal.boundary.JournalSheet.FinalColumn;
import ru.schooljournal.journal.boundary.JournalSheet.LessonColumn;
import ru.schooljournal.journal.boundary.JournalSheet.Period;
import ru.schooljournal.journal.boundary.JournalSheet.Rights;
import ru.schooljournal.journal.boundary.JournalSheet.StudentRow;
import ru.schooljournal.journal.boundary.JournalSheet.WorkTypeInfo;
import ru.schooljournal.journal.control.Averages;
import ru.schooljournal.journal.control.CancelRule;
import ru.schooljournal.journal.control.Cell;
import ru.schooljournal.journal.control.ClassSubjectFacts;
import ru.schooljournal.journal.control.HomeworkRule;
import ru.schooljournal.journal.control.JournalHistory;
import ru.schooljournal.journal.control.MarkRules;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.journal.entity.FinalMark;
import ru.schooljournal.journal.entity.JournalChange;
import ru.schooljournal.journal.entity.Lesson;
import ru.schooljournal.journal.entity.Mark;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.boundary.LessonCalendar;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.roster.control.PersonName;

/**
 * The class journal (SPEC §5): reading a page of it and writing its cells and lessons. Every rule of the
 * regulations is checked here, whatever the page shows: who may change what (the access matrix), the edit
 * window and the administrator's openings, no marks for future or cancelled lessons, none in the first
 * grade, values within the school's scale, a work type for every mark, absence with a mark only for work
 * handed in, absence reasons only by the class teacher, homework only for a later lesson. Every change is
 * written to the journal's history, and a cell someone else changed meanwhile is never overwritten.
 */
@Stateless
@PermitAll // who may do what is the access matrix's (AccessPolicy), not a fixed list of roles
public class Journal {

    private static final Logger LOG = Logger.getLogger(Journal.class.getName());

    /**
     * What a save left in the cell: the value now stored, whether it was someone else's meanwhile, and the
     * cell's version now (the id of its latest history row; 0 for a cell never changed through the journal).
     */
    public record CellSaved(String text, boolean changedMeanwhile, long version) implements Serializable {
        public CellSaved(String text, boolean changedMeanwhile) {
            this(text, changedMeanwhile, 0);
        }
    }

    /** One line of a cell's or lesson's history, for people. */
    public record ChangeLine(Instant at, String who, String field, String oldValue, String newValue, String why)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    /** The journal's history: every change written by the one writer ({@link JournalHistory}). */
    private JournalHistory journalHistory;

    @jakarta.annotation.PostConstruct
    void historyWriter() {
        journalHistory = new JournalHistory(em);
    }

    @Inject
    CurrentCaller currentCaller;

    @EJB
    PeriodLocks locks;

    @EJB
    AccessPolicy policy;

    @EJB
    LessonCalendar calendar;

    // ---- reading --------------------------------------------------------------------------------------------

    /**
     * A journal page: a class's subject for one study period (null: the period of today, else the last one
     * begun). A constant number of queries, whatever the number of students, lessons and marks.
     */
    public JournalSheet sheet(long classSubjectId, Long periodId) {
        return read(classSubjectId, periodId, null);
    }

    /**
     * The same page with only these students' rows (after a change: their averages and forecast anew), in
     * the same number of queries but with less to read.
     */
    public JournalSheet rows(long classSubjectId, long periodId, Set<Long> studentIds) {
        return read(classSubjectId, periodId, studentIds.isEmpty() ? Set.of(-1L) : studentIds);
    }

    private JournalSheet read(long classSubjectId, Long periodId, Set<Long> only) {
        Caller me = currentCaller.get();
        ClassSubjectFacts f = ClassSubjectFacts.load(em, classSubjectId);
        Target target = Target.classSubject(classSubjectId);
        policy.check(Operation.JOURNAL_VIEW, target);
        Rights rights = new Rights(policy.may(Operation.JOURNAL_EDIT, target),
                policy.may(Operation.ABSENCE_REASONS, target), !f.firstGrade() && policy.may(Operation.FINALS_EDIT, target),
                policy.may(Operation.PLANS_VIEW_ALL, target) || policy.may(Operation.PLANS_OWN, target));
        boolean substitutes = !rights.marks() && policy.mayAtAll(Operation.JOURNAL_EDIT);
        LocalDate today = f.today();

        List<Period> periods = periods(f);
        if (periods.isEmpty()) {
            throw new RuleViolation("journal.noPeriods");
        }
        Period period = pickPeriod(periods, periodId, today);
        List<Object[]> lessonRows = lessons(classSubjectId, period);
        if (lessonRows.isEmpty() && calendar.fillFromTimetable(classSubjectId) > 0) {
            lessonRows = lessons(classSubjectId, period);
        }
        Map<Long, WorkTypeInfo> workTypes = workTypes(f.schoolId());
        Map<LocalDate, Instant> openings = openings(me, period);

        long heldBefore = em.createQuery("""
                        select count(l) from Lesson l where l.classSubjectId = :cs and l.cancelled = false
                        and l.date < :from""", Long.class)
                .setParameter("cs", classSubjectId).setParameter("from", period.startsOn()).getSingleResult();
        Map<Integer, String> plan = new HashMap<>();
        em.createQuery("select p.number, p.topic from PlanTopic p where p.classSubjectId = :cs", Object[].class)
                .setParameter("cs", classSubjectId).getResultList().forEach(p -> plan.put((Integer) p[0], (String) p[1]));
        int place = (int) heldBefore;

        List<LessonColumn> lessons = new ArrayList<>();
        Map<Long, String> lessonKeys = new HashMap<>();
        List<PeriodLocks.Closed> closed = locks.closed(f.classId());
        for (Object[] r : lessonRows) {
            long id = (Long) r[0];
            LocalDate date = (LocalDate) r[1];
            Long teacher = (Long) r[3];
            Long workTypeId = (Long) r[5];
            String key = workTypeId == null || !workTypes.containsKey(workTypeId) ? null : workTypes.get(workTypeId).key();
            lessonKeys.put(id, key);
            boolean mine = rights.marks() || substitutes && Objects.equals(teacher, me.personId());
            boolean editable = mine && !date.isAfter(today) && !(Boolean) r[8]
                    && f.editWindow().allows(date, Instant.now(), openings.get(date))
                    && closed.stream().noneMatch(c -> c.covers(date));
            String planTopic = (Boolean) r[8] ? null : plan.get(++place);
            lessons.add(new LessonColumn(id, date, (Integer) r[2], (String) r[4], (String) r[9], workTypeId, key,
                    (String) r[6], (Boolean) r[8], (Integer) r[7], mine, editable, date.isAfter(today), planTopic));
        }

        Map<Long, Map<Long, List<Object[]>>> marks = new HashMap<>();
        var markQuery = em.createQuery("""
                        select m.studentId, m.lessonId, m.value, m.workTypeId from Mark m
                        where m.lessonId in (select l.id from Lesson l where l.classSubjectId = :cs
                                             and l.date between :from and :to)"""
                        + (only == null ? "" : " and m.studentId in :only") + " order by m.position, m.id", Object[].class)
                .setParameter("cs", classSubjectId).setParameter("from", period.startsOn())
                .setParameter("to", period.endsOn());
        if (only != null) {
            markQuery.setParameter("only", only);
        }
        for (Object[] m : markQuery.getResultList()) {
            marks.computeIfAbsent((Long) m[0], k -> new HashMap<>()).computeIfAbsent((Long) m[1], k -> new ArrayList<>()).add(m);
        }
        Map<Long, Map<Long, Object[]>> attendance = new HashMap<>();
        var attendanceQuery = em.createQuery("""
                        select a.studentId, a.lessonId, a.kind, a.reason from Attendance a
                        where a.lessonId in (select l.id from Lesson l where l.classSubjectId = :cs
                                             and l.date between :from and :to)"""
                        + (only == null ? "" : " and a.studentId in :only"), Object[].class)
                .setParameter("cs", classSubjectId).setParameter("from", period.startsOn())
                .setParameter("to", period.endsOn());
        if (only != null) {
            attendanceQuery.setParameter("only", only);
        }
        for (Object[] a : attendanceQuery.getResultList()) {
            attendance.computeIfAbsent((Long) a[0], k -> new HashMap<>()).put((Long) a[1], a);
        }
        Map<Long, Map<Long, Long>> versions = new HashMap<>();
        var versionQuery = em.createQuery("""
                        select c.studentId, c.lessonId, max(c.id) from JournalChange c
                        where c.lessonId in (select l.id from Lesson l where l.classSubjectId = :cs
                                             and l.date between :from and :to)
                        and c.studentId is not null and c.field in :fields"""
                        + (only == null ? "" : " and c.studentId in :only") + " group by c.studentId, c.lessonId",
                        Object[].class)
                .setParameter("cs", classSubjectId).setParameter("from", period.startsOn())
                .setParameter("to", period.endsOn()).setParameter("fields", CELL_FIELDS);
        if (only != null) {
            versionQuery.setParameter("only", only);
        }
        for (Object[] v : versionQuery.getResultList()) {
            versions.computeIfAbsent((Long) v[0], k -> new HashMap<>()).put((Long) v[1], (Long) v[2]);
        }
        List<FinalColumn> finalColumns = finalColumns(f, period, periods, closed);
        Map<Long, Map<String, String>> finals = new HashMap<>();
        if (!finalColumns.isEmpty()) {
            for (Object[] fm : em.createQuery("""
                            select fm.studentId, fm.kind, fm.periodId, fm.value from FinalMark fm
                            where fm.classSubjectId in :cs""", Object[].class)
                    .setParameter("cs", journalsOfTheSubject(f)).getResultList()) {
                finals.computeIfAbsent((Long) fm[0], k -> new HashMap<>())
                        .put(FinalMarks.key((FinalMark.Kind) fm[1], (Long) fm[2]), (String) fm[3]);
            }
        }

        List<StudentRow> rows = new ArrayList<>();
        for (Object[] s : students(f, period)) {
            long studentId = (Long) s[0];
            if (only != null && !only.contains(studentId)) {
                continue;
            }
            Map<Long, String> cells = new LinkedHashMap<>();
            List<Averages.Weighed> weighed = new ArrayList<>();
            Map<Long, List<Object[]>> own = marks.getOrDefault(studentId, Map.of());
            Map<Long, Object[]> present = attendance.getOrDefault(studentId, Map.of());
            for (LessonColumn l : lessons) {
                List<Object[]> ms = own.getOrDefault(l.id(), List.of());
                Object[] a = present.get(l.id());
                cells.put(l.id(), cell(a, ms, workTypes).format(l.workTypeKey()));
                for (Object[] m : ms) {
                    WorkTypeInfo wt = workTypes.get((Long) m[3]);
                    weighed.add(new Averages.Weighed((Integer) m[2], wt == null ? BigDecimal.ONE : wt.weight()));
                }
            }
            Averages avg = Averages.of(weighed, f.averaging(), f.hoursPerWeek());
            LocalDate enrolled = (LocalDate) s[4];
            LocalDate left = (LocalDate) s[5];
            boolean throughout = !enrolled.isAfter(period.startsOn()) && (left == null || !left.isBefore(period.endsOn()));
            rows.add(new StudentRow(studentId, PersonName.withFirstName((String) s[1], (String) s[2], (String) s[3]), throughout, cells,
                    new HashMap<>(versions.getOrDefault(studentId, Map.of())), avg.count(), avg.simple(), avg.weighted(), f.firstGrade() ? null : avg.forecast(),
                    !f.firstGrade() && avg.tooFewMarks(), new HashMap<>(finals.getOrDefault(studentId, Map.of()))));
        }
        return new JournalSheet(classSubjectId, f.className(), f.subject(), f.grade(), period, periods, lessons, rows,
                List.copyOf(workTypes.values()), finalColumns, rights, today, f.markMin(), f.markMax(),
                f.averaging().name());
    }

    /** The history of one cell (a student at a lesson), newest first. */
    public List<ChangeLine> cellHistory(long lessonId, long studentId) {
        Lesson lesson = lesson(lessonId);
        policy.check(Operation.JOURNAL_VIEW, Target.classSubject(lesson.getClassSubjectId()));
        return history("c.lessonId = :lesson and c.studentId = :student", Map.of("lesson", lessonId, "student", studentId));
    }

    /** The history of a lesson's topic, work and homework, newest first. */
    public List<ChangeLine> lessonHistory(long lessonId) {
        Lesson lesson = lesson(lessonId);
        policy.check(Operation.JOURNAL_VIEW, Target.classSubject(lesson.getClassSubjectId()));
        return history("c.lessonId = :lesson and c.studentId is null", Map.of("lesson", lessonId));
    }

    // ---- writing cells ---------------------------------------------------------------------------------------

    /**
     * Writes what was typed into a cell. {@code seen} is what the cell showed when the teacher began
     * typing: if someone else has changed it since, nothing is written and the stored value comes back with
     * {@code changedMeanwhile}. A refusal by a rule throws {@link RuleViolation} or {@link AccessDenied}
     * with the message to show, and nothing is written.
     */
    public CellSaved saveCell(long lessonId, long studentId, String seen, String typed) {
        return saveCell(lessonId, studentId, null, seen, typed);
    }

    /**
     * As {@link #saveCell(long, long, String, String)}, and {@code seenVersion} is the cell's version when the
     * teacher's page was drawn ({@link JournalSheet.StudentRow#versions()}): a cell changed since, even back to
     * the value the page shows, is not overwritten (SPEC §5: no lost update between two teachers).
     */
    public CellSaved saveCell(long lessonId, long studentId, Long seenVersion, String seen, String typed) {
        Caller me = currentCaller.get();
        Lesson lesson = em.find(Lesson.class, lessonId, LockModeType.PESSIMISTIC_WRITE);
        if (lesson == null) {
            throw new RuleViolation("journal.lesson.notFound");
        }
        ClassSubjectFacts f = ClassSubjectFacts.load(em, lesson.getClassSubjectId());
        Target target = Target.classSubject(f.classSubjectId());
        if (!policy.may(Operation.JOURNAL_VIEW, target) && !substitutes(me, lesson)) {
            throw new AccessDenied("access.denied.matrix", me.login() + " JOURNAL_VIEW " + target);
        }
        requireStudentAt(f, studentId, lesson.getDate());
        Map<Long, WorkTypeInfo> workTypes = workTypes(f.schoolId());
        String lessonKey = lesson.getWorkTypeId() == null || !workTypes.containsKey(lesson.getWorkTypeId()) ? null
                : workTypes.get(lesson.getWorkTypeId()).key();

        List<Mark> oldMarks = em.createQuery("""
                        select m from Mark m where m.lessonId = :l and m.studentId = :s order by m.position, m.id""", Mark.class)
                .setParameter("l", lessonId).setParameter("s", studentId).getResultList();
        List<Attendance> oldAttendance = em.createQuery(
                        "select a from Attendance a where a.lessonId = :l and a.studentId = :s", Attendance.class)
                .setParameter("l", lessonId).setParameter("s", studentId).getResultList();
        Attendance present = oldAttendance.isEmpty() ? null : oldAttendance.get(0);
        Cell before = new Cell(present == null ? null : present.getKind(), present == null ? null : present.getReason(),
                oldMarks.stream().map(m -> new Cell.Entry(m.getValue(), keyOf(workTypes, m.getWorkTypeId()))).toList());
        String stored = before.format(lessonKey);
        Cell typedCell = Cell.parse(typed);
        boolean mayReasons = policy.may(Operation.ABSENCE_REASONS, target);
        if (!mayReasons && typedCell.attendance() == Attendance.Kind.ABSENT && typedCell.reason() == null
                && before.reason() != null) {
            // A subject teacher retyping «Н» keeps the reason the class teacher set.
            typedCell = new Cell(Attendance.Kind.ABSENT, before.reason(), typedCell.marks());
        }
        // «5» and Enter on a lesson without a work type: the lesson takes the school's default one.
        WorkTypeInfo defaulted = lessonKey == null && typedCell.marks().stream().anyMatch(e -> e.key() == null)
                ? defaultWorkType(f.schoolId(), workTypes) : null;
        String cellKey = defaulted != null ? defaulted.key() : lessonKey;
        Cell after = typedCell.withLessonKey(cellKey);
        boolean marksChanged = !after.marks().equals(before.withLessonKey(cellKey).marks());
        boolean attendanceChanged = after.attendance() != before.attendance();
        boolean reasonChanged = after.reason() != before.reason();
        long version = cellVersion(lessonId, studentId);
        if (!marksChanged && !attendanceChanged && !reasonChanged) {
            return new CellSaved(stored, false, version); // nothing to do, also when the same change arrives twice
        }
        if (seen != null && !normalized(seen).equals(normalized(stored))
                || seenVersion != null && seenVersion != version) {
            LOG.info(() -> "Cell changed meanwhile: lesson " + lessonId + ", student " + studentId + ", " + me.login()
                    + " saw «" + seen + "» (version " + seenVersion + "), stored «" + stored + "» (version " + version + ")");
            return new CellSaved(stored, true, version);
        }

        String why = null;
        if (marksChanged || attendanceChanged) {
            if (!policy.may(Operation.JOURNAL_EDIT, target) && !substitutes(me, lesson)) {
                throw new AccessDenied("access.denied.journalEdit", me.login() + " lesson " + lessonId);
            }
            why = checkWindow(me, f, lesson);
        }
        if (reasonChanged && !mayReasons) {
            throw new AccessDenied("access.denied.absenceReason", me.login() + " lesson " + lessonId);
        }
        locks.refuseOn(f.classId(), lesson.getDate()); // a closed period: for everyone, until it is reopened
        LocalDate today = f.today();
        if (after.attendance() != null && (attendanceChanged || reasonChanged)) {
            if (lesson.getDate().isAfter(today)) {
                throw new RuleViolation("journal.attendance.futureLesson");
            }
            if (lesson.isCancelled()) {
                throw new RuleViolation("journal.mark.lessonNotHeld");
            }
        }
        Map<String, WorkTypeInfo> byKey = new HashMap<>();
        workTypes.values().forEach(w -> byKey.put(w.key(), w));
        List<long[]> newMarks = new ArrayList<>();
        for (Cell.Entry e : after.marks()) {
            WorkTypeInfo wt = e.key() == null ? null : byKey.get(e.key());
            if (e.key() != null && wt == null) {
                throw new RuleViolation("journal.cell.unknownWorkType", e.key());
            }
            if (marksChanged || attendanceChanged) {
                MarkRules.violation(new MarkRules.Entry(f.grade(), lesson.getDate(), !lesson.isCancelled(), e.value(),
                                f.markMin(), f.markMax(), wt == null ? null : wt.id(),
                                after.attendance() == Attendance.Kind.ABSENT, wt != null && wt.handedIn()), today)
                        .ifPresent(key -> {
                            throw new RuleViolation(key, e.value(), f.markMin(), f.markMax());
                        });
            }
            if (wt == null) {
                throw new RuleViolation("journal.mark.workTypeRequired");
            }
            newMarks.add(new long[]{e.value(), wt.id()});
        }

        School school = em.getReference(School.class, f.schoolId());
        if (defaulted != null && marksChanged) {
            journalHistory.workType(lesson, null, defaulted.id(), me.accountId());
            lesson.setWorkTypeId(defaulted.id());
        }
        if (marksChanged) {
            writeMarks(school, lessonId, studentId, oldMarks, newMarks, me);
            journalHistory.cell(f.schoolId(), f.classSubjectId(), lessonId, studentId, JournalChange.Field.MARKS,
                    marksText(before), marksText(after), why, me.accountId());
        }
        if (attendanceChanged || reasonChanged) {
            if (after.attendance() == null) {
                em.remove(present);
            } else if (present == null) {
                em.persist(new Attendance(school, lessonId, studentId, after.attendance(), after.reason()));
            } else {
                present.set(after.attendance(), after.reason());
            }
            journalHistory.cell(f.schoolId(), f.classSubjectId(), lessonId, studentId, JournalChange.Field.ATTENDANCE,
                    attendanceText(before), attendanceText(after), why, me.accountId());
        }
        em.flush();
        return new CellSaved(after.format(marksChanged ? cellKey : lessonKey), false, cellVersion(lessonId, studentId));
    }

    private static final List<JournalChange.Field> CELL_FIELDS =
            List.of(JournalChange.Field.MARKS, JournalChange.Field.ATTENDANCE);

    /** A cell's version: the id of its latest history row (marks or attendance), 0 when it has none. */
    private long cellVersion(long lessonId, long studentId) {
        Long id = em.createQuery("""
                        select max(c.id) from JournalChange c where c.lessonId = :l and c.studentId = :s
                        and c.field in :fields""", Long.class)
                .setParameter("l", lessonId).setParameter("s", studentId).setParameter("fields", CELL_FIELDS)
                .getSingleResult();
        return id == null ? 0 : id;
    }

    /** The school's default work type (school.default_work_type, «о» — «Ответ на уроке» — unless changed), if it has it. */
    private WorkTypeInfo defaultWorkType(long schoolId, Map<Long, WorkTypeInfo> workTypes) {
        List<String> key = em.createQuery("select s.defaultWorkType from School s where s.id = :s", String.class)
                .setParameter("s", schoolId).getResultList();
        return key.isEmpty() ? null : workTypes.values().stream().filter(w -> w.key().equals(key.get(0))).findFirst().orElse(null);
    }

    // ---- writing lessons -------------------------------------------------------------------------------------

    /**
     * The lesson's topic, the work done in class and its type, and whether it was cancelled. {@code version}
     * is the lesson as the teacher saw it; a lesson changed since is not overwritten.
     */
    public void saveLesson(long lessonId, int version, String topic, String workDone, Long workTypeId, boolean cancelled) {
        Caller me = currentCaller.get();
        Lesson lesson = em.find(Lesson.class, lessonId, LockModeType.PESSIMISTIC_WRITE);
        if (lesson == null) {
            throw new RuleViolation("journal.lesson.notFound");
        }
        ClassSubjectFacts f = ClassSubjectFacts.load(em, lesson.getClassSubjectId());
        requireEdit(me, f, lesson);
        if (lesson.getVersion() != version) {
            throw new RuleViolation("journal.lesson.changedMeanwhile");
        }
        String newTopic = trimmed(topic, 500, "journal.lesson.topicTooLong");
        String newWork = trimmed(workDone, 1000, "journal.lesson.workTooLong");
        if (workTypeId != null && !workTypes(f.schoolId()).containsKey(workTypeId)) {
            throw new RuleViolation("journal.cell.unknownWorkType", workTypeId);
        }
        if (cancelled && !lesson.isCancelled()) {
            CancelRule.require(em, lessonId);
        }
        journalHistory.lesson(lesson, JournalChange.Field.TOPIC, lesson.getTopic(), newTopic, null, me.accountId());
        journalHistory.lesson(lesson, JournalChange.Field.WORK_DONE, lesson.getWorkDone(), newWork, null, me.accountId());
        journalHistory.workType(lesson, lesson.getWorkTypeId(), workTypeId, me.accountId());
        if (lesson.getWorkTypeId() != null && workTypeId != null && !lesson.getWorkTypeId().equals(workTypeId)) {
            marksFollowTheLesson(f, lesson, lesson.getWorkTypeId(), workTypeId, me);
        }
        journalHistory.cancelled(lesson, lesson.isCancelled(), cancelled, null, me.accountId());
        lesson.setTopic(newTopic);
        lesson.setWorkDone(newWork);
        lesson.setWorkTypeId(workTypeId);
        lesson.setCancelled(cancelled);
    }

    /**
     * The homework for a lesson, set on an earlier one: only for a lesson later than today (seed 002; seed 003
     * appendix), never in the first grade (seed 000 §3.7).
     */
    public void setHomework(long dueLessonId, String text) {
        Caller me = currentCaller.get();
        Lesson lesson = em.find(Lesson.class, dueLessonId, LockModeType.PESSIMISTIC_WRITE);
        if (lesson == null) {
            throw new RuleViolation("journal.lesson.notFound");
        }
        ClassSubjectFacts f = ClassSubjectFacts.load(em, lesson.getClassSubjectId());
        requireEdit(me, f, lesson);
        String homework = trimmed(text, 2000, "journal.homework.tooLong");
        if (Objects.equals(homework, lesson.getHomework())) {
            return;
        }
        HomeworkRule.violation(f.grade(), lesson.getDate(), f.today()).ifPresent(key -> {
            throw new RuleViolation(key);
        });
        journalHistory.lesson(lesson, JournalChange.Field.HOMEWORK, lesson.getHomework(), homework, null, me.accountId());
        lesson.setHomework(homework);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private String checkWindow(Caller me, ClassSubjectFacts f, Lesson lesson) {
        Instant now = Instant.now();
        if (f.editWindow().isOpen(lesson.getDate(), now)) {
            return null;
        }
        List<Object[]> opening = me.personId() == null ? List.of() : em.createQuery("""
                        select o.grantedAt, o.reason from DateOpening o
                        where o.teacherId = :me and o.date = :date order by o.grantedAt desc""", Object[].class)
                .setParameter("me", me.personId()).setParameter("date", lesson.getDate())
                .setMaxResults(1).getResultList();
        Instant granted = opening.isEmpty() ? null : (Instant) opening.get(0)[0];
        if (!f.editWindow().allows(lesson.getDate(), now, granted)) {
            throw new RuleViolation("journal.editWindow.closed", f.editWindowDays());
        }
        return "Открытие даты: " + opening.get(0)[1];
    }

    private void requireEdit(Caller me, ClassSubjectFacts f, Lesson lesson) {
        if (!policy.may(Operation.JOURNAL_EDIT, Target.classSubject(f.classSubjectId())) && !substitutes(me, lesson)) {
            throw new AccessDenied("access.denied.journalEdit", me.login() + " lesson " + lesson.getId());
        }
    }

    /** A substitute teacher keeps the journal of the lessons they gave (seed 001 §4.2). */
    private boolean substitutes(Caller me, Lesson lesson) {
        return me.personId() != null && me.personId().equals(lesson.getTeacherId())
                && policy.mayAtAll(Operation.JOURNAL_EDIT);
    }

    private void requireStudentAt(ClassSubjectFacts f, long studentId, LocalDate date) {
        long n = number("""
                select count(m) from ClassMembership m where m.schoolClass.id = ?1 and m.student.id = ?2
                and m.enrolledOn <= ?3 and (m.leftOn is null or m.leftOn >= ?3)""", f.classId(), studentId, date);
        if (n == 0) {
            throw new RuleViolation("journal.studentNotInClass");
        }
        if (f.subgroup() && number("""
                select count(g) from SubgroupMember g where g.classSubjectId = ?1 and g.studentId = ?2
                and g.fromOn <= ?3 and (g.toOn is null or g.toOn >= ?3)""", f.classSubjectId(), studentId, date) == 0) {
            throw new RuleViolation("journal.studentNotInGroup");
        }
    }

    private void writeMarks(School school, long lessonId, long studentId, List<Mark> old, List<long[]> wanted, Caller me) {
        for (int i = 0; i < Math.max(old.size(), wanted.size()); i++) {
            if (i >= wanted.size()) {
                em.remove(old.get(i));
            } else if (i >= old.size()) {
                em.persist(new Mark(school, lessonId, studentId, (int) wanted.get(i)[0], wanted.get(i)[1], i, me.accountId()));
            } else if (old.get(i).getValue() != wanted.get(i)[0] || old.get(i).getWorkTypeId() != wanted.get(i)[1]) {
                old.get(i).set((int) wanted.get(i)[0], wanted.get(i)[1], me.accountId());
            }
        }
    }

    /**
     * The lesson's work type changed: the marks given for the lesson's own work type (typed without a letter)
     * change with it; each student's change is in the history.
     */
    private void marksFollowTheLesson(ClassSubjectFacts f, Lesson lesson, long from, long to, Caller me) {
        Map<Long, WorkTypeInfo> workTypes = workTypes(f.schoolId());
        List<Mark> marks = em.createQuery("""
                        select m from Mark m where m.lessonId = :l order by m.studentId, m.position, m.id""", Mark.class)
                .setParameter("l", lesson.getId()).getResultList();
        Map<Long, List<Mark>> byStudent = new java.util.LinkedHashMap<>();
        marks.forEach(m -> byStudent.computeIfAbsent(m.getStudentId(), k -> new ArrayList<>()).add(m));
        byStudent.forEach((student, own) -> {
            if (own.stream().noneMatch(m -> m.getWorkTypeId() == from)) {
                return;
            }
            Cell old = new Cell(null, null, own.stream().map(m -> new Cell.Entry(m.getValue(), keyOf(workTypes, m.getWorkTypeId()))).toList());
            own.stream().filter(m -> m.getWorkTypeId() == from).forEach(m -> m.set(m.getValue(), to, me.accountId()));
            Cell now = new Cell(null, null, own.stream().map(m -> new Cell.Entry(m.getValue(), keyOf(workTypes, m.getWorkTypeId()))).toList());
            journalHistory.cell(f.schoolId(), f.classSubjectId(), lesson.getId(), student, JournalChange.Field.MARKS,
                    marksText(old), marksText(now), null, me.accountId());
        });
    }

    private Lesson lesson(long id) {
        Lesson lesson = em.find(Lesson.class, id);
        if (lesson == null) {
            throw new RuleViolation("journal.lesson.notFound");
        }
        return lesson;
    }

    private List<ChangeLine> history(String where, Map<String, Object> params) {
        var q = em.createQuery("""
                select c.changedAt, a.login, c.field, c.oldValue, c.newValue, c.why from JournalChange c, Account a
                where a.id = c.changedBy""" + " and " + where + " order by c.changedAt desc, c.id desc", Object[].class);
        params.forEach(q::setParameter);
        return q.setMaxResults(200).getResultList().stream().map(r -> new ChangeLine((Instant) r[0], (String) r[1],
                r[2].toString(), (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    private List<Period> periods(ClassSubjectFacts f) {
        return em.createQuery("""
                        select p.id, p.kind, p.number, p.startsOn, p.endsOn from StudyPeriod p, GradePeriodKind g
                        where g.year.id = :y and g.grade = :grade and p.year.id = :y and p.kind = g.kind
                        order by p.number""", Object[].class)
                .setParameter("y", f.yearId()).setParameter("grade", f.grade()).getResultList().stream()
                .map(r -> new Period((Long) r[0], FinalMarks.periodName(r[1].toString(), (Integer) r[2]),
                        (LocalDate) r[3], (LocalDate) r[4]))
                .toList();
    }

    private static Period pickPeriod(List<Period> periods, Long periodId, LocalDate today) {
        if (periodId != null) {
            return periods.stream().filter(p -> p.id() == periodId).findFirst()
                    .orElseThrow(() -> new RuleViolation("journal.periodNotFound"));
        }
        Period pick = periods.get(0);
        for (Period p : periods) {
            if (!p.startsOn().isAfter(today)) {
                pick = p;
            }
        }
        return pick;
    }

    private static List<FinalColumn> finalColumns(ClassSubjectFacts f, Period period, List<Period> periods,
                                                  List<PeriodLocks.Closed> closed) {
        if (f.firstGrade()) {
            return List.of();
        }
        List<FinalColumn> columns = new ArrayList<>();
        columns.add(new FinalColumn(FinalMarks.key(FinalMark.Kind.PERIOD, period.id()), FinalMark.Kind.PERIOD.name(),
                period.id(), period.name(), closed.stream().anyMatch(c -> c.periodId() == period.id())));
        if (period.equals(periods.get(periods.size() - 1))) {
            for (FinalMark.Kind k : List.of(FinalMark.Kind.YEAR, FinalMark.Kind.EXAM, FinalMark.Kind.FINAL)) {
                columns.add(new FinalColumn(FinalMarks.key(k, null), k.name(), null, FinalMarks.kindName(k), false));
            }
        }
        return columns;
    }

    private List<Object[]> lessons(long classSubjectId, Period period) {
        return em.createQuery("""
                        select l.id, l.date, l.number, l.teacherId, l.topic, l.workTypeId, l.homework, l.version,
                               l.cancelled, l.workDone
                        from Lesson l where l.classSubjectId = :cs and l.date between :from and :to
                        order by l.date, l.number""", Object[].class)
                .setParameter("cs", classSubjectId).setParameter("from", period.startsOn())
                .setParameter("to", period.endsOn()).getResultList();
    }

    /**
     * The rows of the page: the class's students over the period — for a subgroup's journal only those in the
     * group then, from the later of joining the class and the group to the earlier of leaving either.
     */
    private List<Object[]> students(ClassSubjectFacts f, Period period) {
        List<Object[]> inClass = em.createQuery("""
                        select p.id, p.lastName, p.firstName, p.middleName, m.enrolledOn, m.leftOn
                        from ClassMembership m join m.student p
                        where m.schoolClass.id = :c and m.enrolledOn <= :to and (m.leftOn is null or m.leftOn >= :from)
                        order by p.lastName, p.firstName, p.middleName, p.id""", Object[].class)
                .setParameter("c", f.classId()).setParameter("from", period.startsOn()).setParameter("to", period.endsOn())
                .getResultList();
        if (!f.subgroup()) {
            return inClass;
        }
        Map<Long, LocalDate[]> inGroup = new HashMap<>();
        em.createQuery("""
                        select g.studentId, g.fromOn, g.toOn from SubgroupMember g
                        where g.classSubjectId = :cs and g.fromOn <= :to and (g.toOn is null or g.toOn >= :from)""",
                        Object[].class)
                .setParameter("cs", f.classSubjectId()).setParameter("from", period.startsOn())
                .setParameter("to", period.endsOn()).getResultList()
                .forEach(r -> inGroup.merge((Long) r[0], new LocalDate[] {(LocalDate) r[1], (LocalDate) r[2]},
                        (a, b) -> new LocalDate[] {a[0].isBefore(b[0]) ? a[0] : b[0],
                                a[1] == null || b[1] == null ? null : a[1].isAfter(b[1]) ? a[1] : b[1]}));
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : inClass) {
            LocalDate[] g = inGroup.get((Long) r[0]);
            if (g == null) {
                continue;
            }
            LocalDate from = ((LocalDate) r[4]).isAfter(g[0]) ? (LocalDate) r[4] : g[0];
            LocalDate to = r[5] == null ? g[1] : g[1] == null || ((LocalDate) r[5]).isBefore(g[1]) ? (LocalDate) r[5] : g[1];
            rows.add(new Object[] {r[0], r[1], r[2], r[3], from, to});
        }
        return rows;
    }

    /** The journals whose final marks this page shows: the subject's, or all groups' of a divided one. */
    private List<Long> journalsOfTheSubject(ClassSubjectFacts f) {
        if (!f.subgroup()) {
            return List.of(f.classSubjectId());
        }
        return em.createQuery("""
                        select x.id from ClassSubject x, ClassSubject cs
                        where cs.id = :cs and x.schoolClass = cs.schoolClass and x.subject = cs.subject""", Long.class)
                .setParameter("cs", f.classSubjectId()).getResultList();
    }

    Map<Long, WorkTypeInfo> workTypes(long schoolId) {
        Map<Long, WorkTypeInfo> map = new LinkedHashMap<>();
        em.createQuery("""
                        select w.id, w.name, w.key, w.weight, w.handedIn from WorkType w where w.school.id = :s
                        order by w.weight, w.name""", Object[].class)
                .setParameter("s", schoolId).getResultList()
                .forEach(r -> map.put((Long) r[0], new WorkTypeInfo((Long) r[0], (String) r[1], (String) r[2],
                        (BigDecimal) r[3], (Boolean) r[4])));
        return map;
    }

    private Map<LocalDate, Instant> openings(Caller me, Period period) {
        Map<LocalDate, Instant> map = new HashMap<>();
        if (me.personId() == null) {
            return map;
        }
        em.createQuery("""
                        select o.date, o.grantedAt from DateOpening o
                        where o.teacherId = :me and o.date between :from and :to""", Object[].class)
                .setParameter("me", me.personId()).setParameter("from", period.startsOn())
                .setParameter("to", period.endsOn()).getResultList()
                // the latest opening of each date (an aggregate would bypass the Instant converter)
                .forEach(r -> map.merge((LocalDate) r[0], (Instant) r[1], (a, b) -> a.isAfter(b) ? a : b));
        return map;
    }

    private static Cell cell(Object[] attendance, List<Object[]> marks, Map<Long, WorkTypeInfo> workTypes) {
        return new Cell(attendance == null ? null : (Attendance.Kind) attendance[2],
                attendance == null ? null : (Attendance.Reason) attendance[3],
                marks.stream().map(m -> new Cell.Entry((Integer) m[2], keyOf(workTypes, (Long) m[3]))).toList());
    }

    private static String keyOf(Map<Long, WorkTypeInfo> workTypes, long workTypeId) {
        WorkTypeInfo w = workTypes.get(workTypeId);
        return w == null ? null : w.key();
    }

    /** Marks as the history keeps them: each with the letter of its work type, whatever the lesson's. */
    private static String marksText(Cell c) {
        return new Cell(null, null, c.marks()).format(null);
    }

    private static String attendanceText(Cell c) {
        return c.attendance() == null ? "" : Cell.attendanceText(c.attendance(), c.reason());
    }

    private static String normalized(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }

    private static String trimmed(String s, int max, String tooLong) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new RuleViolation(tooLong, max);
        }
        return t;
    }

    private long number(String jpql, Object... params) {
        var q = em.createQuery(jpql, Long.class);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getSingleResult();
    }

}
