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

    public record Report(SchoolProgress progress, Roll roll, AttendanceSummary.Summary attendance,
                         Map<String, String> teachers) implements Serializable {
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
        return new Report(progress, new Roll(n(r[0]), n(r[1]), n(r[2]), n(r[3])), attendance, teachers);
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
