package ru.schooljournal.curriculum.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.curriculum.entity.ClassSubject;
import ru.schooljournal.curriculum.entity.PlanTopic;
import ru.schooljournal.platform.RuleViolation;

/**
 * Thematic plans (КТП, SPEC §4): a class subject's numbered lessons with topics, kept by its teacher
 * (PLANS_OWN) or the deputy (PLANS_EDIT_ALL). The plan's length is compared with the curriculum (hours a
 * week × the year's study weeks: 33 in the first grade, 34 after) and with the lessons the calendar gives;
 * the journal offers the plan's topic for each lesson in order.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class ThematicPlan {

    /** A line of the plan. */
    public record Topic(int number, String topic, String contentCode) implements Serializable {
    }

    /** The plan with what it is compared with. */
    public record Plan(long classSubjectId, String className, String subject, List<Topic> topics, int byCurriculum,
                       long byCalendar) implements Serializable {

        public boolean matchesCurriculum() {
            return topics.size() == byCurriculum;
        }
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    public Plan of(long classSubjectId) {
        ClassSubject cs = classSubject(classSubjectId);
        Target target = Target.classSubject(classSubjectId);
        if (!policy.may(Operation.PLANS_VIEW_ALL, target) && !policy.may(Operation.PLANS_OWN, target)) {
            throw new AccessDenied("access.denied.matrix", "plan of " + classSubjectId);
        }
        List<Topic> topics = em.createQuery("""
                        select p.number, p.topic, p.contentCode from PlanTopic p where p.classSubjectId = :cs
                        order by p.number""", Object[].class)
                .setParameter("cs", classSubjectId).getResultList().stream()
                .map(r -> new Topic((Integer) r[0], (String) r[1], (String) r[2])).toList();
        long byCalendar = em.createQuery("""
                        select count(l) from Lesson l where l.classSubjectId = :cs and l.cancelled = false""", Long.class)
                .setParameter("cs", classSubjectId).getSingleResult();
        int weeks = cs.getSchoolClass().getGrade() == 1 ? 33 : 34;
        int byCurriculum = cs.getHoursPerWeek().multiply(BigDecimal.valueOf(weeks)).setScale(0, java.math.RoundingMode.HALF_UP)
                .intValue();
        return new Plan(classSubjectId, cs.getSchoolClass().name(), cs.getSubject().getName(), topics, byCurriculum,
                byCalendar);
    }

    /** Replaces the whole plan: topics numbered 1, 2, 3… in order, none empty. */
    public void replace(long classSubjectId, List<Topic> topics) {
        currentCaller.get();
        ClassSubject cs = classSubject(classSubjectId);
        Target target = Target.classSubject(classSubjectId);
        if (!policy.may(Operation.PLANS_EDIT_ALL, target) && !policy.may(Operation.PLANS_OWN, target)) {
            throw new AccessDenied("access.denied.matrix", "plan of " + classSubjectId);
        }
        if (topics.size() > 400) {
            throw new RuleViolation("plan.tooLong", 400);
        }
        for (int i = 0; i < topics.size(); i++) {
            Topic t = topics.get(i);
            if (t.number() != i + 1) {
                throw new RuleViolation("plan.numbering", i + 1, t.number());
            }
            if (t.topic() == null || t.topic().isBlank()) {
                throw new RuleViolation("plan.emptyTopic", t.number());
            }
            if (t.topic().strip().length() > 500) {
                throw new RuleViolation("plan.topicTooLong", t.number());
            }
            if (t.contentCode() != null && t.contentCode().length() > 40) {
                throw new RuleViolation("plan.codeTooLong", t.number());
            }
        }
        em.createQuery("delete from PlanTopic p where p.classSubjectId = :cs").setParameter("cs", classSubjectId)
                .executeUpdate();
        for (Topic t : topics) {
            em.persist(new PlanTopic(cs.getSchool(), classSubjectId, t.number(), t.topic().strip(),
                    t.contentCode() == null || t.contentCode().isBlank() ? null : t.contentCode().strip()));
        }
    }

    private ClassSubject classSubject(long id) {
        ClassSubject cs = em.find(ClassSubject.class, id);
        if (cs == null) {
            throw new RuleViolation("journal.notFound");
        }
        return cs;
    }
}
