package ru.schooljournal.demo.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import ru.schooljournal.access.control.PasswordHash;
import ru.schooljournal.access.entity.Account;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.demo.control.DemoSchoolPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.ClassPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.LessonPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.ParentPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.SlotPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.StaffPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.StudentPlan;
import ru.schooljournal.journal.entity.WorkType;
import ru.schooljournal.roster.entity.ClassMembership;
import ru.schooljournal.roster.entity.Guardianship;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.roster.entity.SchoolClass;
import ru.schooljournal.schedule.boundary.LessonCalendar;
import ru.schooljournal.schedule.entity.TimetableSlot;
import ru.schooljournal.school.entity.AcademicYear;
import ru.schooljournal.school.entity.Bell;
import ru.schooljournal.school.entity.EducationAuthority;
import ru.schooljournal.school.entity.GradePeriodKind;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.StudyPeriod;
import ru.schooljournal.school.entity.Subject;

/**
 * Writes the demo school into the database: first the school itself (year, periods, subjects, bells,
 * staff and their logins), then class by class. Called by the demo-school batch job only; each write
 * joins the job's chunk transaction, and every write is idempotent, so a restarted job neither
 * duplicates nor loses anything.
 */
@Stateless
@PermitAll
public class DemoSchool {

    private static final Logger LOG = Logger.getLogger(DemoSchool.class.getName());
    private static final String STAFF = "staff:";
    private static volatile String demoHash;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @EJB
    LessonCalendar calendar;

    public boolean exists(String code) {
        return schoolId(code) != null;
    }

    public Long schoolId(String code) {
        List<Long> ids = em.createQuery("select s.id from School s where s.code = :code", Long.class)
                .setParameter("code", code).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The first day of the demo school's current year: the plan is worked out again from it. */
    public LocalDate yearStart(String code) {
        return em.createQuery("""
                        select y.startsOn from AcademicYear y where y.school.code = :code and y.current = true""",
                        LocalDate.class)
                .setParameter("code", code).getSingleResult();
    }

    /** The school, its year and periods, subjects, bells and staff with the staff's demo logins. */
    public long createSchool(DemoSchoolPlan plan) {
        Long existing = schoolId(plan.code());
        if (existing != null) {
            return existing;
        }
        List<EducationAuthority> authorities = em.createQuery(
                        "select a from EducationAuthority a where a.name = :n", EducationAuthority.class)
                .setParameter("n", plan.authorityName()).getResultList();
        EducationAuthority authority = authorities.isEmpty() ? new EducationAuthority(plan.authorityName())
                : authorities.get(0);
        if (authorities.isEmpty()) {
            em.persist(authority);
        }
        School school = new School(plan.code(), plan.name(), plan.shortName());
        school.setAuthority(authority);
        school.setAddress("г. Энск, ул. Школьная, д. 1");
        em.persist(school);
        AcademicYear year = new AcademicYear(school, plan.yearStartsOn(), plan.yearEndsOn(), true);
        em.persist(year);
        plan.periodKindByGrade().forEach((grade, kind) -> em.persist(new GradePeriodKind(year, grade, kind)));
        plan.periods().forEach(p -> em.persist(new StudyPeriod(year, p.kind(), p.number(), p.startsOn(), p.endsOn())));
        plan.subjects().forEach(s -> em.persist(new Subject(school, s.name(), s.shortName())));
        plan.bells().forEach(b -> em.persist(new Bell(school, b.number(), b.startsAt(), b.endsAt())));
        WorkType.DEFAULTS.forEach(w -> em.persist(new WorkType(school, w)));
        for (StaffPlan s : plan.staff()) {
            Person p = new Person(school, s.lastName(), s.firstName(), s.middleName(), s.sex());
            p.setPosition(s.position());
            p.setExternalId(STAFF + s.key());
            em.persist(p);
            if (s.login() != null) {
                em.persist(demoAccount(p, s.login(), s.roles()));
            }
        }
        if (plan.logins().stream().anyMatch(l -> plan.login("authority").equals(l.login()))) {
            if (authority.getId() == null) {
                em.flush();
            }
            Account viewer = Account.ofAuthority(authority.getId(), plan.login("authority"), demoPasswordHash());
            viewer.setMustChangePassword(false);
            em.persist(viewer);
        }
        em.flush();
        LOG.info(() -> "Demo school " + plan.code() + ": school, year " + year.getName() + ", "
                + plan.staff().size() + " staff written");
        return school.getId();
    }

    /** One class: its students with their parents, its curriculum and its weekly timetable. */
    public void addClass(long schoolId, ClassPlan plan) {
        School school = em.find(School.class, schoolId);
        AcademicYear year = em.createQuery("select y from AcademicYear y where y.school.id = :s and y.current = true",
                AcademicYear.class).setParameter("s", schoolId).getSingleResult();
        boolean exists = !em.createQuery("""
                        select c.id from SchoolClass c where c.year = :y and c.grade = :g and c.letter = :l""", Long.class)
                .setParameter("y", year).setParameter("g", plan.grade()).setParameter("l", plan.letter())
                .getResultList().isEmpty();
        if (exists) {
            return;
        }
        Set<String> keys = new HashSet<>();
        keys.add(STAFF + plan.classTeacherKey());
        plan.subjects().forEach(l -> keys.add(STAFF + l.teacherKey()));
        plan.students().forEach(s -> s.parents().forEach(p -> keys.add(p.key())));
        Map<String, Person> known = new HashMap<>();
        em.createQuery("select p from Person p where p.school.id = :s and p.externalId in :keys", Person.class)
                .setParameter("s", schoolId).setParameter("keys", keys).getResultList()
                .forEach(p -> known.put(p.getExternalId(), p));
        Map<String, Subject> subjects = new HashMap<>();
        em.createQuery("select s from Subject s where s.school.id = :s", Subject.class)
                .setParameter("s", schoolId).getResultList().forEach(s -> subjects.put(s.getName(), s));

        SchoolClass schoolClass = new SchoolClass(year, plan.grade(), plan.letter());
        schoolClass.setClassTeacher(known.get(STAFF + plan.classTeacherKey()));
        schoolClass.setRoom(plan.room());
        em.persist(schoolClass);
        for (StudentPlan s : plan.students()) {
            Person student = new Person(school, s.lastName(), s.firstName(), s.middleName(), s.sex());
            student.setBirthDate(s.birthDate());
            student.setExternalId(s.key());
            em.persist(student);
            em.persist(new ClassMembership(schoolClass, student, year.getStartsOn()));
            if (s.login() != null) {
                em.persist(demoAccount(student, s.login(), EnumSet.of(Role.STUDENT)));
            }
            for (ParentPlan pp : s.parents()) {
                Person parent = known.get(pp.key());
                if (parent == null) {
                    parent = new Person(school, pp.lastName(), pp.firstName(), pp.middleName(), pp.sex());
                    parent.setPhone(pp.phone());
                    parent.setExternalId(pp.key());
                    em.persist(parent);
                    known.put(pp.key(), parent);
                    if (pp.login() != null) {
                        em.persist(demoAccount(parent, pp.login(), EnumSet.of(Role.PARENT)));
                    }
                }
                em.persist(new Guardianship(parent, student, pp.relation()));
            }
        }
        Map<String, ClassSubject> bySubject = new HashMap<>();
        for (LessonPlan l : plan.subjects()) {
            ClassSubject cs = new ClassSubject(schoolClass, subjects.get(l.subject()), known.get(STAFF + l.teacherKey()),
                    l.hoursPerWeek());
            em.persist(cs);
            bySubject.put(l.subject(), cs);
        }
        for (SlotPlan slot : plan.slots()) {
            em.persist(new TimetableSlot(bySubject.get(slot.subject()), slot.day(), slot.number(), slot.room()));
        }
    }

    /**
     * The journal of the demo school up to {@code today}: every lesson of the year laid out from the timetable,
     * and the lessons before yesterday filled in — topics, the work done, marks and a few absences — so that a
     * newcomer sees a journal in use, with the period marks of every period already over (but for a few in
     * 5А's music, a gap for closing the period to list). Yesterday's and today's lessons are left for the demo
     * teacher to fill (and show up as not filled in after the evening deadline). Runs once: not when marks
     * exist already.
     */
    public void fillJournal(long schoolId, LocalDate today) {
        long started = System.nanoTime();
        divideLanguages(schoolId);
        // Fresh rows in this transaction are invisible to autovacuum: without statistics the planner takes the
        // tables for empty and joins 20,000 lessons by nested loops (a minute instead of a second).
        analyze("person", "school_class", "class_membership", "guardianship", "class_subject", "timetable_slot",
                "subgroup_member");
        int lessons = calendar.fillSchoolYear(schoolId);
        analyze("lesson");
        long marks = em.createQuery("select count(m) from Mark m where m.school.id = :s", Long.class)
                .setParameter("s", schoolId).getSingleResult();
        if (marks > 0) {
            return;
        }
        LocalDate filledUntil = today.minusDays(2);
        int topics = em.createNativeQuery("""
                        update lesson l set topic = '§' || n.nr || '. ' || s.name || ': тема урока ' || n.nr,
                               work_type_id = (select w.id from work_type w where w.school_id = l.school_id
                                               and w.key = case when n.nr % 8 = 0 then 'к' else 'о' end)
                        from (select l2.id, row_number() over (partition by l2.class_subject_id order by l2.date, l2.number) nr
                              from lesson l2 where l2.school_id = ?1) n,
                             class_subject cs, subject s
                        where n.id = l.id and cs.id = l.class_subject_id and s.id = cs.subject_id
                          and l.school_id = ?1 and l.date <= ?2""")
                .setParameter(1, schoolId).setParameter(2, filledUntil).executeUpdate();
        em.createNativeQuery("""
                        update lesson l set homework = 'Параграф ' || (extract(doy from l.date)::int % 40 + 1)
                                                       || ', упражнения ' || (l.id % 30 + 1) || '–' || (l.id % 30 + 4)
                        from class_subject cs, school_class c
                        where cs.id = l.class_subject_id and c.id = cs.class_id and c.grade > 1
                          and l.school_id = ?1 and l.date <= ?2""")
                .setParameter(1, schoolId).setParameter(2, today.plusDays(7)).executeUpdate();
        int absences = em.createNativeQuery("""
                        insert into attendance (school_id, lesson_id, student_id, kind, reason)
                        select l.school_id, l.id, m.student_id,
                               case when h % 100 < 3 then 'ABSENT' else 'LATE' end,
                               case when h % 100 < 2 then 'ILLNESS' end
                        from lesson l join class_subject cs on cs.id = l.class_subject_id
                             join class_membership m on m.class_id = cs.class_id,
                             lateral (select abs(hashtext(l.id || ':' || m.student_id)) as h) r
                        where l.school_id = ?1 and l.date <= ?2 and h % 100 < 4
                          and (cs.group_no is null or exists (select 1 from subgroup_member g
                               where g.class_subject_id = cs.id and g.student_id = m.student_id))""")
                .setParameter(1, schoolId).setParameter(2, filledUntil).executeUpdate();
        analyze("lesson", "attendance");
        int written = em.createNativeQuery("""
                        insert into mark (school_id, lesson_id, student_id, value, work_type_id, position)
                        select l.school_id, l.id, m.student_id,
                               case when h % 20 < 7 then 5 when h % 20 < 15 then 4 when h % 20 < 19 then 3 else 2 end,
                               l.work_type_id, 0
                        from lesson l join class_subject cs on cs.id = l.class_subject_id
                             join school_class c on c.id = cs.class_id
                             join class_membership m on m.class_id = cs.class_id
                             join work_type w on w.id = l.work_type_id,
                             lateral (select abs(hashtext(m.student_id || '/' || l.id)) as h) r
                        where l.school_id = ?1 and l.date <= ?2 and c.grade > 1
                          and (w.key = 'к' or h % 100 < 22)
                          and (cs.group_no is null or exists (select 1 from subgroup_member g
                               where g.class_subject_id = cs.id and g.student_id = m.student_id))
                          and not exists (select 1 from attendance a where a.lesson_id = l.id
                                          and a.student_id = m.student_id and a.kind = 'ABSENT')""")
                .setParameter(1, schoolId).setParameter(2, filledUntil).executeUpdate();
        analyze("mark");
        // The period marks of every period already over, as teachers set them: the weighted average of the
        // period's marks in the subject (the student's average over all subjects where they have none), a little
        // higher for the stronger students, so that a school has its отличники and хорошисты. The first three of
        // 5А by name (the same whatever the ids) have their music marks left unset: a gap for closing to list.
        int periodMarks = em.createNativeQuery("""
                        with given as (
                            select l.class_subject_id, m.student_id, p.id period_id, m.value, w.weight
                            from mark m join lesson l on l.id = m.lesson_id join work_type w on w.id = m.work_type_id
                                 join class_subject cs on cs.id = l.class_subject_id join school_class c on c.id = cs.class_id
                                 join grade_period_kind g on g.year_id = c.year_id and g.grade = c.grade
                                 join study_period p on p.year_id = c.year_id and p.kind = g.kind
                                      and l.date between p.starts_on and p.ends_on
                            where l.school_id = ?1 and p.ends_on < ?2),
                        by_subject as (select class_subject_id, student_id, period_id, sum(value * weight) / sum(weight) average
                                       from given group by class_subject_id, student_id, period_id),
                        overall as (select student_id, period_id, avg(value) average from given group by student_id, period_id)
                        insert into final_mark (school_id, class_subject_id, student_id, kind, period_id, value)
                        select cs.school_id, cs.id, m.student_id, 'PERIOD', p.id,
                               greatest(2, least(5, round(coalesce(b.average, o.average, 4)
                                   + case when abs(hashtext('ability:' || m.student_id)) % 10 = 0 then 0.7
                                          when abs(hashtext('ability:' || m.student_id)) % 10 <= 3 then 0.35 else 0 end)))::int::text
                        from class_subject cs join school_class c on c.id = cs.class_id
                             join class_membership m on m.class_id = c.id
                             join grade_period_kind g on g.year_id = c.year_id and g.grade = c.grade
                             join study_period p on p.year_id = c.year_id and p.kind = g.kind
                             join subject s on s.id = cs.subject_id
                             left join by_subject b on b.class_subject_id = cs.id and b.student_id = m.student_id and b.period_id = p.id
                             left join overall o on o.student_id = m.student_id and o.period_id = p.id
                        where cs.school_id = ?1 and c.grade > 1 and p.ends_on < ?2
                          and m.enrolled_on <= p.ends_on and (m.left_on is null or m.left_on >= p.ends_on)
                          and (cs.group_no is null or exists (select 1 from subgroup_member sg
                               where sg.class_subject_id = cs.id and sg.student_id = m.student_id))
                          and not (c.grade = 5 and c.letter = 'А' and s.name = 'музыка'
                                   and m.student_id in (select m2.student_id from class_membership m2
                                       join person p2 on p2.id = m2.student_id where m2.class_id = c.id
                                       order by p2.last_name, p2.first_name, p2.id limit 3))""")
                .setParameter(1, schoolId).setParameter(2, filledUntil).executeUpdate();
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Demo journal: " + lessons + " lessons laid out, " + topics + " filled in, " + written
                + " marks, " + absences + " absences and lateness, " + periodMarks + " period marks, in " + ms + " ms");
    }

    /** Fresh statistics for tables just written in bulk, so that the next statements get sound plans. */
    private void analyze(String... tables) {
        em.createNativeQuery("analyze " + String.join(", ", tables)).executeUpdate();
    }

    /**
     * Subgroups in the demo: English from grade 5 up is taught in two groups. The second group gets a teacher
     * free at all of the subject's times (another English teacher first; never one with a demo login, whose
     * day the walkthrough shows), the same times in a room of its own; the class list is halved alphabetically.
     * Idempotent: a divided subject is left as it is.
     */
    void divideLanguages(long schoolId) {
        List<Object[]> lines = rows("""
                select cs.id, cs.class_id, cs.teacher_id, cs.subject_id from class_subject cs
                join subject s on s.id = cs.subject_id join school_class c on c.id = cs.class_id
                join academic_year y on y.id = c.year_id
                where cs.school_id = ?1 and y.current and c.grade >= 5 and cs.group_no is null
                  and s.name = 'иностранный язык (английский)' order by c.grade, c.letter""", schoolId);
        if (lines.isEmpty()) {
            return;
        }
        Set<String> busy = new HashSet<>();
        rows("""
                select x.teacher_id, t.weekday, t.lesson_number from timetable_slot t join class_subject x on x.id = t.class_subject_id
                where x.school_id = ?1 and x.teacher_id is not null""", schoolId)
                .forEach(r -> busy.add(r[0] + "/" + r[1] + "/" + r[2]));
        List<?> found = em.createNativeQuery("""
                select cs.teacher_id from class_subject cs join subject s on s.id = cs.subject_id
                where cs.school_id = ?1 and cs.teacher_id is not null
                  and not exists (select 1 from account a where a.person_id = cs.teacher_id)
                group by cs.teacher_id order by max(case when s.name = 'иностранный язык (английский)' then 1 else 0 end) desc,
                         cs.teacher_id""").setParameter(1, schoolId).getResultList(); // one column: the rows are numbers
        List<Long> candidates = found.stream().map(r -> ((Number) r).longValue()).toList();
        long setBy = ((Number) em.createNativeQuery("select min(id) from account where school_id = ?1")
                .setParameter(1, schoolId).getSingleResult()).longValue();
        for (Object[] line : lines) {
            long cs = ((Number) line[0]).longValue();
            List<Object[]> slots = rows("""
                    select t.weekday, t.lesson_number, coalesce(t.room, c.room, '') from timetable_slot t
                    join class_subject cs on cs.id = t.class_subject_id join school_class c on c.id = cs.class_id
                    where t.class_subject_id = ?1""", cs);
            Long teacher = candidates.stream().filter(t -> !t.equals(((Number) line[2]).longValue()))
                    .filter(t -> slots.stream().noneMatch(sl -> busy.contains(t + "/" + sl[0] + "/" + sl[1])))
                    .findFirst().orElse(null);
            if (teacher == null || slots.isEmpty()) {
                continue;
            }
            slots.forEach(sl -> busy.add(teacher + "/" + sl[0] + "/" + sl[1]));
            em.createNativeQuery("update class_subject set group_no = 1 where id = ?1").setParameter(1, cs).executeUpdate();
            long group2 = ((Number) em.createNativeQuery("""
                            insert into class_subject (school_id, class_id, subject_id, teacher_id, hours_per_week, group_no)
                            select school_id, class_id, subject_id, ?2, hours_per_week, 2 from class_subject where id = ?1
                            returning id""").setParameter(1, cs).setParameter(2, teacher).getSingleResult()).longValue();
            for (Object[] sl : slots) {
                em.createNativeQuery("""
                                insert into timetable_slot (school_id, class_subject_id, weekday, lesson_number, room)
                                values (?1, ?2, ?3, ?4, ?5)""")
                        .setParameter(1, schoolId).setParameter(2, group2).setParameter(3, ((Number) sl[0]).intValue())
                        .setParameter(4, ((Number) sl[1]).intValue()).setParameter(5, sl[2] + "а").executeUpdate();
            }
            em.createNativeQuery("""
                            insert into subgroup_member (school_id, class_subject_id, student_id, from_on, set_by)
                            select school_id, case when nr <= total / 2 then ?1 else ?2 end, student_id, enrolled_on, ?3
                            from (select m.school_id, m.student_id, m.enrolled_on, count(*) over () total,
                                         row_number() over (order by p.last_name, p.first_name, p.id) nr
                                  from class_membership m join person p on p.id = m.student_id
                                  where m.class_id = ?4 and m.left_on is null) x""")
                    .setParameter(1, cs).setParameter(2, group2).setParameter(3, setBy)
                    .setParameter(4, ((Number) line[1]).longValue()).executeUpdate();
        }
        em.flush();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object param) {
        return em.createNativeQuery(sql).setParameter(1, param).getResultList();
    }

    /**
     * The demo password's hash, worked out once per server: PBKDF2 takes ~0.1 s by design, which a school of
     * thousands of demo accounts must not pay per account. The password is public, so one salt for all of
     * them gives nothing away; a real account always gets its own (see {@code Logins}).
     */
    private static String demoPasswordHash() {
        String hash = demoHash;
        if (hash == null) {
            hash = PasswordHash.hash(DemoSchoolPlan.DEMO_PASSWORD);
            demoHash = hash;
        }
        return hash;
    }

    /** The demo account of a person just persisted (flushed here, so that it has its id). */
    private Account demoAccount(Person person, String login, Set<Role> roles) {
        if (person.getId() == null) {
            em.flush();
        }
        Account account = Account.ofPerson(person.getSchool().getId(), person.getId(), login, demoPasswordHash(), roles);
        account.setMustChangePassword(false);
        return account;
    }
}
