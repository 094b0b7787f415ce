package ru.schooljournal.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.journal.entity.Attendance;
import ru.schooljournal.reports.boundary.ProgressSummary.SchoolProgress;
import ru.schooljournal.roster.control.PersonName;

/**
 * The class teacher's report for a period (SPEC §8; seed 002 §17.5) as one document: the roll at the start,
 * arrived, left and at the end; the progress figures with the students' names (from {@link ProgressSummary}); the
 * lessons and days missed by kind (from {@link AttendanceSummary}); and each subject with its teacher. The same
 * reach as the class reports it is made of: the class teacher's own class, or any class for REPORTS_ALL_CLASSES.
 */
@Stateless
@PermitAll // who may is the access matrix's (through the reports it is made of)
public class ClassTeacherReport {

    public record Roll(int atStart, int arrived, int left, int atEnd) implements Serializable {
    }

    /**
     * {@code notAssessedWhy}: for each «н/а» (and each period mark not set), keyed «studentId/subject», what the
     * journal shows behind it — the subject's lessons in the period, how many the student missed and how many of
     * those for a good reason, and the marks they have: «пропущено 14 из 18 уроков (по уважительной причине 12),
     * отметок 1». The facts, not a guess: the class teacher writes the reason from them.
     */
    public record Report(SchoolProgress progress, Roll roll, AttendanceSummary.Summary attendance,
                         Map<String, String> teachers, Map<String, String> notAssessedWhy) implements Serializable {

        public String whyNotAssessed(long studentId, String subject) {
            return notAssessedWhy.getOrDefault(studentId + "/" + subject, "");
        }
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @EJB
    ProgressSummary progressSummary;

    @EJB
    AttendanceSummary attendanceSummary;

    @SuppressWarnings("unchecked")
    public Report of(long periodId, long classId) {
        SchoolProgress progress = progressSummary.of(periodId, classId); // the reach is checked here
        AttendanceSummary.Summary attendance = attendanceSummary.of(progress.startsOn(), progress.endsOn(), classId, 1);
        Object[] r = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where m.enrolled_on <= ?2 and (m.left_on is null or m.left_on >= ?2)),
                               count(*) filter (where m.enrolled_on > ?2 and m.enrolled_on <= ?3),
                               count(*) filter (where m.left_on >= ?2 and m.left_on < ?3),
                               count(*) filter (where m.enrolled_on <= ?3 and (m.left_on is null or m.left_on >= ?3))
                        from class_membership m where m.class_id = ?1""")
                .setParameter(1, classId).setParameter(2, progress.startsOn()).setParameter(3, progress.endsOn())
                .getSingleResult();
        Map<String, String> teachers = new LinkedHashMap<>();
        for (Object[] t : (List<Object[]>) em.createNativeQuery("""
                        select s.name, p.last_name, p.first_name, p.middle_name from class_subject cs
                        join subject s on s.id = cs.subject_id left join person p on p.id = cs.teacher_id
                        where cs.class_id = ?1 order by s.name, cs.group_no""").setParameter(1, classId).getResultList()) {
            String name = t[1] == null ? "—" : PersonName.initials((String) t[1], (String) t[2], (String) t[3]);
            teachers.merge((String) t[0], name, (a, b) -> a.equals(b) ? a : a + ", " + b);
        }
        return new Report(progress, new Roll(n(r[0]), n(r[1]), n(r[2]), n(r[3])), attendance, teachers,
                notAssessedWhy(progress, classId));
    }

    /** The lessons, absences and marks behind each «н/а» of the class's period: one statement. */
    @SuppressWarnings("unchecked")
    private Map<String, String> notAssessedWhy(SchoolProgress progress, long classId) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (var s : progress.classes().get(0).figures().students()) {
            s.notAssessedIn().forEach(subject -> wanted.add(s.studentId() + "/" + subject));
        }
        Map<String, String> why = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return why;
        }
        String good = java.util.Arrays.stream(Attendance.Reason.values()).filter(Attendance.Reason::good)
                .map(x -> "'" + x.name() + "'").collect(java.util.stream.Collectors.joining(","));
        for (Object[] w : (List<Object[]>) em.createNativeQuery("""
                        select m.student_id, s.name, count(distinct l.id),
                               count(distinct a.lesson_id) filter (where a.kind = 'ABSENT'),
                               count(distinct a.lesson_id) filter (where a.kind = 'ABSENT' and a.reason in (%s)),
                               count(distinct k.id)
                        from class_membership m join class_subject cs on cs.class_id = m.class_id
                             join subject s on s.id = cs.subject_id
                             join lesson l on l.class_subject_id = cs.id and not l.cancelled and l.date between ?2 and ?3
                                  and l.date >= m.enrolled_on and (m.left_on is null or l.date <= m.left_on)
                             left join attendance a on a.lesson_id = l.id and a.student_id = m.student_id
                             left join mark k on k.lesson_id = l.id and k.student_id = m.student_id
                        where m.class_id = ?1 and (cs.group_no is null or exists (select 1 from subgroup_member g
                              where g.class_subject_id = cs.id and g.student_id = m.student_id))
                        group by m.student_id, s.name""".formatted(good))
                .setParameter(1, classId).setParameter(2, progress.startsOn()).setParameter(3, progress.endsOn())
                .getResultList()) {
            String key = ((Number) w[0]).longValue() + "/" + w[1];
            if (wanted.contains(key)) {
                why.put(key, "пропущено " + n(w[3]) + " из " + n(w[2]) + " уроков (по уважительной причине " + n(w[4])
                        + "), отметок " + n(w[5]));
            }
        }
        return why;
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
