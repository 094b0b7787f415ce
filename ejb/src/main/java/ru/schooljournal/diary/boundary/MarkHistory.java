package ru.schooljournal.diary.boundary;

import static ru.schooljournal.platform.NativeRows.instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.journal.boundary.FinalMarks;
import ru.schooljournal.journal.entity.FinalMark;
import ru.schooljournal.roster.control.PersonName;

/**
 * «Что изменилось»: the history of a student's marks, absences and final marks this year as the journal keeps it
 * (its append-only {@code journal_change}) — for each change the lesson's date and subject (or the final mark's
 * column), what was there before and after, when, by whom (the teacher's name, not their login) and the reason
 * given. Whose: as the diary, DIARY_VIEW (the student themself, a parent their child). The newest first, at most
 * {@link #LIMIT}; three statements after the access check.
 */
@Stateless
@PermitAll // DIARY_VIEW is asked below
public class MarkHistory {

    /** The most changes a page shows: a year of an ordinary student's marks is well under it. */
    public static final int LIMIT = 500;

    public enum What { MARKS, ATTENDANCE, FINAL }

    /**
     * A change: {@code lessonDate} is null for a final mark, whose column {@code finalColumn} says («1 четверть»,
     * «Год»…); {@code before} empty for a mark first put, {@code after} empty for one taken away.
     */
    public record Change(Instant at, What what, String subject, LocalDate lessonDate, String finalColumn,
                         String before, String after, String by, String why) implements Serializable {

        public boolean added() {
            return before == null || before.isBlank();
        }

        public boolean removed() {
            return after == null || after.isBlank();
        }
    }

    /** The student's changes, newest first, and the school's work types by letter (to read a mark «5к»). */
    public record History(long studentId, String student, String className, List<Change> changes, boolean more, Map<String, String> workTypes)
            implements Serializable {

        /** «к — контрольная работа; о — ответ на уроке…», to read the letters after the marks. */
        public String legend() {
            return workTypes.entrySet().stream().map(e -> e.getKey() + " — " + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @SuppressWarnings("unchecked")
    public History of(long studentId) {
        if (!policy.may(Operation.DIARY_VIEW, Target.student(studentId))) {
            throw new AccessDenied("access.denied.notYourDiary", currentCaller.get().login() + " -> " + studentId);
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select j.changed_at, j.field, s.name, l.date, j.detail, p.kind, p.number, j.old_value, j.new_value,
                               t.last_name, t.first_name, t.middle_name, j.why
                        from journal_change j join class_subject cs on cs.id = j.class_subject_id
                             join school_class c on c.id = cs.class_id join academic_year y on y.id = c.year_id and y.current
                             join subject s on s.id = cs.subject_id
                             left join lesson l on l.id = j.lesson_id
                             left join study_period p on p.id = case when j.detail ~ '^PERIOD:[0-9]+$'
                                                                    then substring(j.detail from 8)::bigint end
                             join account a on a.id = j.changed_by left join person t on t.id = a.person_id
                        where j.student_id = ?1 and j.field in ('MARKS', 'ATTENDANCE', 'FINAL')
                        order by j.changed_at desc, j.id desc limit ?2""")
                .setParameter(1, studentId).setParameter(2, LIMIT + 1).getResultList();
        List<Change> changes = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(rows.size(), LIMIT))) {
            What what = What.valueOf((String) r[1]);
            String column = null;
            if (what == What.FINAL) {
                String detail = r[4] == null ? "" : (String) r[4];
                column = r[5] != null ? FinalMarks.periodName((String) r[5], ((Number) r[6]).intValue())
                        : detail.startsWith("PERIOD") || detail.isEmpty() ? FinalMarks.kindName(FinalMark.Kind.PERIOD)
                        : FinalMarks.kindName(FinalMark.Kind.valueOf(detail));
            }
            changes.add(new Change(instant(r[0]), what, (String) r[2], r[3] == null ? null : ((java.sql.Date) r[3]).toLocalDate(),
                    column, (String) r[7], (String) r[8],
                    r[9] == null ? "администратор" : PersonName.initials((String) r[9], (String) r[10], (String) r[11]),
                    (String) r[12]));
        }
        Map<String, String> workTypes = new LinkedHashMap<>();
        for (Object[] w : (List<Object[]>) em.createNativeQuery("""
                        select w.key, w.name from work_type w where w.school_id = (select school_id from person where id = ?1)
                        order by w.weight desc, w.name""")
                .setParameter(1, studentId).getResultList()) {
            workTypes.put((String) w[0], (String) w[1]);
        }
        Object[] name = (Object[]) em.createNativeQuery("""
                        select p.last_name, p.first_name, p.middle_name, (select c.grade || c.letter from class_membership m
                               join school_class c on c.id = m.class_id join academic_year y on y.id = c.year_id and y.current
                               where m.student_id = p.id and m.left_on is null order by m.enrolled_on desc limit 1)
                        from person p where p.id = ?1""").setParameter(1, studentId).getSingleResult();
        return new History(studentId, PersonName.full((String) name[0], (String) name[1], (String) name[2]),
                (String) name[3], changes,
                rows.size() > LIMIT, workTypes);
    }

}
