package ru.schooljournal.journal.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.platform.RuleViolation;

/**
 * What every journal rule needs to know about a class's subject, read in one query: the class and its
 * grade, the subject, its teacher and the class teacher, and the school's journal settings.
 */
public record ClassSubjectFacts(long classSubjectId, long schoolId, long classId, long yearId, int grade,
                                String className, String subject, Long teacherId, Long classTeacherId,
                                BigDecimal hoursPerWeek, int markMin, int markMax, int editWindowDays,
                                ZoneId zone, Averages.Way averaging, Integer groupNo) {

    public static ClassSubjectFacts load(EntityManager em, long classSubjectId) {
        List<Object[]> rows = em.createQuery("""
                        select cs.id, sc.id, c.id, y.id, c.grade, c.letter, s.name, t.id, ct.id, cs.hoursPerWeek,
                               sc.markMin, sc.markMax, sc.editWindowDays, sc.timeZone, sc.averaging, cs.groupNo
                        from ClassSubject cs join cs.schoolClass c join c.year y join cs.subject s join cs.school sc
                             left join cs.teacher t left join c.classTeacher ct
                        where cs.id = :id""", Object[].class)
                .setParameter("id", classSubjectId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new RuleViolation("journal.notFound");
        }
        Object[] r = rows.get(0);
        return new ClassSubjectFacts((Long) r[0], (Long) r[1], (Long) r[2], (Long) r[3], (Integer) r[4],
                r[4] + (String) r[5], ClassSubject.label((String) r[6], (Integer) r[15]), (Long) r[7], (Long) r[8], (BigDecimal) r[9], (Integer) r[10],
                (Integer) r[11], (Integer) r[12], ZoneId.of((String) r[13]), Averages.Way.valueOf((String) r[14]), (Integer) r[15]);
    }

    /** A subgroup's journal: its students are the group's, not the whole class. */
    public boolean subgroup() {
        return groupNo != null;
    }

    public boolean firstGrade() {
        return grade == 1;
    }

    public EditWindow editWindow() {
        return new EditWindow(editWindowDays, zone);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public boolean taughtBy(Long personId) {
        return personId != null && Objects.equals(teacherId, personId);
    }
}
