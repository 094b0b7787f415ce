package ru.schooljournal.diary.control;

import static ru.schooljournal.platform.NativeRows.date;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.schooljournal.platform.NativeRows;
import ru.schooljournal.journal.control.Averages;
import ru.schooljournal.journal.control.Cell;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.roster.control.PersonName;

/**
 * A student's period per subject (SPEC §6): the marks in date order, each with its work type and the lesson's
 * date and topic (what it was for); the absences; the simple and weighted average and the forecast of the period
 * mark with the «мало отметок» warning — by the journal grid's own {@link Averages}, with the school's way of
 * averaging and the subject's hours, so the grid, the diary and a report never disagree —; the period mark and
 * the year, exam and final marks once set. A subject taught in groups: the student's group only. For one
 * student or a whole class set, in four statements whatever their number. No access check: the boundary that
 * uses it checks first.
 */
public final class SubjectPeriods {

    /** A mark given: when, what for (the work type, the lesson's topic). */
    public record GivenMark(LocalDate date, int value, String workKey, String workType, BigDecimal weight, String topic)
            implements Serializable {
    }

    /** An absence or lateness: the lesson's date and number, and its letter (Н, Б, УП, НП, ОСВ, О). */
    public record Missed(LocalDate date, int lesson, String text, boolean absent) implements Serializable {
    }

    public record SubjectPeriod(long classSubjectId, String subject, String teacher, List<GivenMark> marks,
                                List<Missed> missed, Averages averages, String periodMark, String yearMark,
                                String examMark, String finalMark) implements Serializable {

        /** The marks as one line: «5к 4 3с» (the work type's letter after the mark). */
        public String marksLine() {
            return marks.stream().map(m -> m.value() + (m.workKey() == null ? "" : m.workKey()))
                    .collect(Collectors.joining(" "));
        }

        public long absences() {
            return missed.stream().filter(Missed::absent).count();
        }
    }

    /** Where the period lies and how its marks are averaged. */
    public record Frame(long classId, int grade, long periodId, LocalDate from, LocalDate to, Averages.Way way)
            implements Serializable {
    }

    private final EntityManager em;

    public SubjectPeriods(EntityManager em) {
        this.em = em;
    }

    /** Each student's subjects of the period, in the subjects' order by name. */
    public Map<Long, List<SubjectPeriod>> read(Frame f, Collection<Long> students) {
        Map<Long, List<SubjectPeriod>> result = new LinkedHashMap<>();
        if (students.isEmpty()) {
            return result;
        }
        String in = students.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Object[]> subjects = rows("""
                select cs.id, s.name, cs.hours_per_week, cs.group_no, t.last_name, t.first_name, t.middle_name,
                       (select string_agg(g.student_id::text, ',') from subgroup_member g where g.class_subject_id = cs.id
                          and g.student_id in (%s) and g.from_on <= ?2 and (g.to_on is null or g.to_on >= ?2))
                from class_subject cs join subject s on s.id = cs.subject_id left join person t on t.id = cs.teacher_id
                where cs.class_id = ?1 order by s.name, cs.group_no nulls first""".formatted(in), f.classId(), f.to());
        Map<String, List<Object[]>> marks = new HashMap<>();
        for (Object[] r : rows("""
                select m.student_id, l.class_subject_id, l.date, m.value, w.key, w.name, w.weight, l.topic
                from mark m join lesson l on l.id = m.lesson_id join class_subject cs on cs.id = l.class_subject_id
                     join work_type w on w.id = m.work_type_id
                where cs.class_id = ?1 and m.student_id in (%s) and l.date between ?2 and ?3
                order by l.date, l.number, m.position, m.id""".formatted(in), f.classId(), f.from(), f.to())) {
            marks.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add(r);
        }
        Map<String, String> finals = new HashMap<>();
        for (Object[] r : rows("""
                select fm.student_id, fm.class_subject_id, fm.kind, fm.value from final_mark fm
                join class_subject cs on cs.id = fm.class_subject_id
                where cs.class_id = ?1 and fm.student_id in (%s) and (fm.kind <> 'PERIOD' or fm.period_id = ?2)"""
                .formatted(in), f.classId(), f.periodId())) {
            finals.put(r[0] + "/" + r[1] + "/" + r[2], (String) r[3]);
        }
        Map<String, List<Missed>> missed = new HashMap<>();
        for (Object[] r : rows("""
                select a.student_id, l.class_subject_id, l.date, l.number, a.kind, a.reason
                from attendance a join lesson l on l.id = a.lesson_id join class_subject cs on cs.id = l.class_subject_id
                where cs.class_id = ?1 and a.student_id in (%s) and l.date between ?2 and ?3 and not l.cancelled
                order by l.date, l.number""".formatted(in), f.classId(), f.from(), f.to())) {
            Attendance.Kind kind = Attendance.Kind.valueOf((String) r[4]);
            missed.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add(new Missed(date(r[2]),
                    ((Number) r[3]).intValue(), Cell.attendanceText(kind, r[5] == null ? null
                    : Attendance.Reason.valueOf((String) r[5])), kind == Attendance.Kind.ABSENT));
        }
        for (long student : students) {
            List<SubjectPeriod> lines = new ArrayList<>();
            for (Object[] s : subjects) {
                long cs = ((Number) s[0]).longValue();
                if (s[3] != null && (s[7] == null || !Set.of(((String) s[7]).split(",")).contains(Long.toString(student)))) {
                    continue; // a group the student is not in
                }
                String key = student + "/" + cs;
                List<GivenMark> given = new ArrayList<>();
                List<Averages.Weighed> weighed = new ArrayList<>();
                for (Object[] m : marks.getOrDefault(key, List.of())) {
                    int value = ((Number) m[3]).intValue();
                    BigDecimal weight = (BigDecimal) m[6];
                    given.add(new GivenMark(date(m[2]), value, (String) m[4], (String) m[5], weight, (String) m[7]));
                    weighed.add(new Averages.Weighed(value, weight));
                }
                Averages a = Averages.of(weighed, f.way(), (BigDecimal) s[2]);
                if (f.grade() == 1) {
                    a = new Averages(a.count(), a.simple(), a.weighted(), null, false); // the first grade has no marks to forecast
                }
                lines.add(new SubjectPeriod(cs, (String) s[1], s[4] == null ? ""
                        : PersonName.initials((String) s[4], (String) s[5], (String) s[6]), given,
                        missed.getOrDefault(key, List.of()), a, finals.get(key + "/PERIOD"), finals.get(key + "/YEAR"),
                        finals.get(key + "/EXAM"), finals.get(key + "/FINAL")));
            }
            result.put(student, lines);
        }
        return result;
    }

    private List<Object[]> rows(String sql, Object... params) {
        return NativeRows.rows(em, sql, params);
    }
}
