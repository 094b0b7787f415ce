package ru.schooljournal.roster.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.curriculum.entity.ClassSubject;

/**
 * «Мои классы»: the classes a teacher works with this year — those whose subjects they teach and the one
 * they are class teacher of. Four queries whatever the number of classes.
 */
@Stateless
@RolesAllowed(Role.Names.TEACHER)
public class MyClasses {

    /**
     * A class and the journals the teacher opens from it: their own subjects, and as its class teacher every
     * subject of the class ({@code mine} tells which they teach).
     */
    public record TeacherClass(long classId, String name, int grade, String letter, List<ClassJournal> journals,
                               boolean classTeacher, long students) implements Serializable {

        public List<String> subjects() {
            return journals.stream().filter(ClassJournal::mine).map(ClassJournal::subject).toList();
        }
    }

    public record ClassJournal(long classSubjectId, String subject, boolean mine) implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public List<TeacherClass> classes() {
        Caller me = currentCaller.get();
        Map<Long, Object[]> classes = new LinkedHashMap<>();
        Map<Long, List<ClassJournal>> subjects = new HashMap<>();
        List<Object[]> taught = em.createQuery("""
                        select c.id, c.grade, c.letter, s.name, cs.id, cs.groupNo from ClassSubject cs
                        join cs.schoolClass c join c.year y join cs.subject s
                        where cs.teacher.id = :me and y.current = true
                        order by c.grade, c.letter, s.name, cs.groupNo""", Object[].class)
                .setParameter("me", me.personId())
                .getResultList();
        for (Object[] row : taught) {
            classes.putIfAbsent((Long) row[0], row);
            subjects.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new ClassJournal((Long) row[4], ClassSubject.label((String) row[3], (Integer) row[5]), true));
        }
        List<Object[]> led = em.createQuery("""
                        select c.id, c.grade, c.letter from SchoolClass c join c.year y
                        where c.classTeacher.id = :me and y.current = true""", Object[].class)
                .setParameter("me", me.personId())
                .getResultList();
        List<Long> ledIds = new ArrayList<>();
        for (Object[] row : led) {
            classes.putIfAbsent((Long) row[0], row);
            ledIds.add((Long) row[0]);
        }
        if (!ledIds.isEmpty()) {
            em.createQuery("""
                            select c.id, cs.id, s.name, cs.groupNo from ClassSubject cs join cs.schoolClass c join cs.subject s
                            left join cs.teacher t
                            where c.id in :ids and (t is null or t.id <> :me) order by s.name, cs.groupNo""", Object[].class)
                    .setParameter("ids", ledIds).setParameter("me", me.personId())
                    .getResultList()
                    .forEach(r -> subjects.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(new ClassJournal((Long) r[1], ClassSubject.label((String) r[2], (Integer) r[3]), false)));
        }
        Map<Long, Long> counts = new HashMap<>();
        if (!classes.isEmpty()) {
            em.createQuery("""
                            select m.schoolClass.id, count(m) from ClassMembership m
                            where m.schoolClass.id in :ids and m.leftOn is null group by m.schoolClass.id""",
                            Object[].class)
                    .setParameter("ids", new ArrayList<>(classes.keySet()))
                    .getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        List<TeacherClass> result = new ArrayList<>();
        classes.forEach((id, row) -> result.add(new TeacherClass(id, (int) row[1] + (String) row[2], (int) row[1],
                (String) row[2], subjects.getOrDefault(id, List.of()), ledIds.contains(id),
                counts.getOrDefault(id, 0L))));
        result.sort(Comparator.comparing(TeacherClass::classTeacher).reversed()
                .thenComparing(TeacherClass::grade).thenComparing(TeacherClass::letter));
        return result;
    }
}
