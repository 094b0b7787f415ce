package ru.schooljournal.roster.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.audit.boundary.AuditLog;
import ru.schooljournal.audit.entity.AuditEvent.Action;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.roster.entity.MedicalCard;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.roster.entity.PsychologicalCard;

/**
 * Personal cards of students, parents and staff (SPEC §3) with their field groups — general and contacts,
 * medical, psychological — each shown and written as the access matrix allows:
 * <ul>
 *   <li>student: general by STUDENT_SHORT_VIEW, STUDENT_KEEP or DIARY_VIEW (themself, a parent's child), written by
 *   STUDENT_KEEP; medical seen by STUDENT_MED_EDIT or STUDENT_KEEP, written by STUDENT_MED_EDIT only;
 *   psychological seen and written by STUDENT_PSY_EDIT only;</li>
 *   <li>parent: as their children's cards (general and contacts only);</li>
 *   <li>staff: by STAFF_CARD_VIEW (everyone their own) or STAFF_SHORT_VIEW, written by STAFF_KEEP.</li>
 * </ul>
 * Every view of someone else's card and every change is written to the audit log.
 */
@Stateless
public class PersonalCards {

    public enum Kind {
        STUDENT, PARENT, STAFF
    }

    public record General(String lastName, String firstName, String middleName, LocalDate birthDate, String phone,
                          String email, String address) implements Serializable {
    }

    public record Medical(String healthGroup, String peGroup, String illnesses, String insurancePolicy)
            implements Serializable {
    }

    public record Psychological(String notes, String deviantBehaviour, String socialStatus) implements Serializable {
    }

    /** A parent on a student's card, or a child on a parent's card. */
    public record Relative(long personId, String fullName, String relation) implements Serializable {
    }

    public record Card(long personId, Kind kind, String fullName, String position, String className,
                       General general, boolean generalEditable, Medical medical, boolean medicalEditable,
                       Psychological psychological, boolean psychologicalEditable, List<Relative> relatives)
            implements Serializable {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,40}");

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    @EJB
    AuditLog audit;

    public Card card(long personId) {
        Person p = person(personId);
        Kind kind = kindOf(p);
        boolean general = mayGeneral(p, kind, false);
        boolean medicalView = kind == Kind.STUDENT && (may(Operation.STUDENT_MED_EDIT, p) || may(Operation.STUDENT_KEEP, p));
        boolean psychView = kind == Kind.STUDENT && may(Operation.STUDENT_PSY_EDIT, p);
        if (!general && !medicalView && !psychView) {
            throw new AccessDenied("access.denied.card", currentCaller.get().login() + " -> " + personId);
        }
        Caller me = currentCaller.get();
        if (!Objects.equals(me.personId(), personId)) {
            List<String> groups = new ArrayList<>();
            if (general) {
                groups.add("GENERAL");
            }
            if (medicalView) {
                groups.add("MEDICAL");
            }
            if (psychView) {
                groups.add("PSYCHOLOGICAL");
            }
            audit.record(Action.VIEW_CARD, personId, String.join(",", groups), null);
        }
        MedicalCard medical = medicalView ? em.find(MedicalCard.class, personId) : null;
        PsychologicalCard psych = psychView ? em.find(PsychologicalCard.class, personId) : null;
        return new Card(personId, kind, p.fullName(), p.getPosition(), kind == Kind.STUDENT ? classOf(personId) : null,
                general ? new General(p.getLastName(), p.getFirstName(), p.getMiddleName(), p.getBirthDate(),
                        p.getPhone(), p.getEmail(), p.getAddress()) : null,
                mayGeneral(p, kind, true),
                medicalView ? (medical == null ? new Medical(null, null, null, null) : new Medical(medical.getHealthGroup(),
                        medical.getPeGroup(), medical.getIllnesses(), medical.getInsurancePolicy())) : null,
                kind == Kind.STUDENT && may(Operation.STUDENT_MED_EDIT, p),
                psychView ? (psych == null ? new Psychological(null, null, null) : new Psychological(psych.getNotes(),
                        psych.getDeviantBehaviour(), psych.getSocialStatus())) : null,
                psychView,
                general ? relativesOf(personId, kind) : List.of());
    }

    private List<Relative> relativesOf(long personId, Kind kind) {
        if (kind == Kind.STAFF) {
            return List.of();
        }
        String jpql = kind == Kind.STUDENT
                ? "select g.parent.id, g.parent.lastName, g.parent.firstName, g.parent.middleName, g.relation "
                + "from Guardianship g where g.child.id = :p order by g.relation"
                : "select g.child.id, g.child.lastName, g.child.firstName, g.child.middleName, g.relation "
                + "from Guardianship g where g.parent.id = :p order by g.child.birthDate";
        return em.createQuery(jpql, Object[].class).setParameter("p", personId).getResultList().stream()
                .map(r -> new Relative((Long) r[0], r[1] + " " + r[2] + (r[3] == null ? "" : " " + r[3]),
                        String.valueOf(r[4])))
                .toList();
    }

    public void saveGeneral(long personId, General g) {
        Person p = person(personId);
        if (!mayGeneral(p, kindOf(p), true)) {
            throw new AccessDenied("access.denied.cardEdit", currentCaller.get().login() + " general " + personId);
        }
        String last = name(g.lastName(), "card.lastName", true);
        String first = name(g.firstName(), "card.firstName", true);
        String middle = name(g.middleName(), "card.middleName", false);
        if (g.birthDate() != null && (g.birthDate().isAfter(LocalDate.now()) || g.birthDate().getYear() < 1900)) {
            throw new RuleViolation("card.birthDate.invalid");
        }
        String email = blankToNull(g.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new RuleViolation("card.email.invalid");
        }
        String phone = blankToNull(g.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new RuleViolation("card.phone.invalid");
        }
        String address = limit(blankToNull(g.address()), 300, "card.address");
        List<String> changed = changedFields(p, last, first, middle, g.birthDate(), phone, email, address);
        p.updateGeneral(last, first, middle, g.birthDate(), phone, email, address);
        audit.record(Action.EDIT_CARD, personId, "GENERAL", String.join(", ", changed));
    }

    public void saveMedical(long personId, Medical m) {
        Person p = person(personId);
        if (kindOf(p) != Kind.STUDENT || !may(Operation.STUDENT_MED_EDIT, p)) {
            throw new AccessDenied("access.denied.cardEdit", currentCaller.get().login() + " medical " + personId);
        }
        String health = blankToNull(m.healthGroup());
        if (health != null && !MedicalCard.HEALTH_GROUPS.contains(health)) {
            throw new RuleViolation("card.healthGroup.invalid");
        }
        String pe = blankToNull(m.peGroup());
        if (pe != null && !MedicalCard.PE_GROUPS.contains(pe)) {
            throw new RuleViolation("card.peGroup.invalid");
        }
        MedicalCard card = em.find(MedicalCard.class, personId);
        if (card == null) {
            card = new MedicalCard(personId, p.getSchool().getId());
            em.persist(card);
        }
        card.update(health, pe, limit(blankToNull(m.illnesses()), 2000, "card.illnesses"),
                limit(blankToNull(m.insurancePolicy()), 40, "card.insurancePolicy"), currentCaller.get().login(),
                Instant.now());
        audit.record(Action.EDIT_CARD, personId, "MEDICAL", null);
    }

    public void savePsychological(long personId, Psychological s) {
        Person p = person(personId);
        if (kindOf(p) != Kind.STUDENT || !may(Operation.STUDENT_PSY_EDIT, p)) {
            throw new AccessDenied("access.denied.cardEdit", currentCaller.get().login() + " psychological " + personId);
        }
        PsychologicalCard card = em.find(PsychologicalCard.class, personId);
        if (card == null) {
            card = new PsychologicalCard(personId, p.getSchool().getId());
            em.persist(card);
        }
        card.update(limit(blankToNull(s.notes()), 4000, "card.notes"),
                limit(blankToNull(s.deviantBehaviour()), 2000, "card.deviantBehaviour"),
                limit(blankToNull(s.socialStatus()), 200, "card.socialStatus"), currentCaller.get().login(), Instant.now());
        audit.record(Action.EDIT_CARD, personId, "PSYCHOLOGICAL", null);
    }

    private boolean mayGeneral(Person p, Kind kind, boolean edit) {
        return switch (kind) {
            case STUDENT -> edit ? may(Operation.STUDENT_KEEP, p)
                    : may(Operation.STUDENT_SHORT_VIEW, p) || may(Operation.STUDENT_KEEP, p) || may(Operation.DIARY_VIEW, p);
            case PARENT -> childrenOf(p.getId()).stream().anyMatch(child -> edit
                    ? policy.may(Operation.STUDENT_KEEP, Target.student(child))
                    : policy.may(Operation.STUDENT_SHORT_VIEW, Target.student(child))
                    || policy.may(Operation.STUDENT_KEEP, Target.student(child)));
            case STAFF -> edit ? policy.may(Operation.STAFF_KEEP, Target.person(p.getId()))
                    : policy.may(Operation.STAFF_CARD_VIEW, Target.person(p.getId()))
                    || policy.may(Operation.STAFF_SHORT_VIEW, Target.person(p.getId()));
        };
    }

    private boolean may(Operation op, Person student) {
        return policy.may(op, Target.student(student.getId()));
    }

    private Person person(long personId) {
        Person p = em.find(Person.class, personId);
        if (p == null) {
            throw new AccessDenied("access.denied.card", "no person " + personId);
        }
        return p;
    }

    private Kind kindOf(Person p) {
        if (!em.createQuery("select m.id from ClassMembership m where m.student.id = :p", Long.class)
                .setParameter("p", p.getId()).setMaxResults(1).getResultList().isEmpty()) {
            return Kind.STUDENT;
        }
        return childrenOf(p.getId()).isEmpty() ? Kind.STAFF : Kind.PARENT;
    }

    private List<Long> childrenOf(long parentId) {
        return em.createQuery("select g.child.id from Guardianship g where g.parent.id = :p", Long.class)
                .setParameter("p", parentId).getResultList();
    }

    private String classOf(long studentId) {
        List<Object[]> rows = em.createQuery("""
                        select c.grade, c.letter from ClassMembership m join m.schoolClass c
                        where m.student.id = :s and m.leftOn is null""", Object[].class)
                .setParameter("s", studentId).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : (Integer) rows.get(0)[0] + (String) rows.get(0)[1];
    }

    private static String name(String value, String field, boolean required) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                throw new RuleViolation("card.required", field);
            }
            return null;
        }
        if (!PersonName.valid(v)) {
            throw new RuleViolation("card.name.invalid", field);
        }
        return v;
    }

    private static String limit(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new RuleViolation("card.tooLong", field, max);
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> changedFields(Person p, String last, String first, String middle, LocalDate birth,
                                              String phone, String email, String address) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(p.getLastName(), last)) {
            changed.add("lastName");
        }
        if (!Objects.equals(p.getFirstName(), first)) {
            changed.add("firstName");
        }
        if (!Objects.equals(p.getMiddleName(), middle)) {
            changed.add("middleName");
        }
        if (!Objects.equals(p.getBirthDate(), birth)) {
            changed.add("birthDate");
        }
        if (!Objects.equals(p.getPhone(), phone)) {
            changed.add("phone");
        }
        if (!Objects.equals(p.getEmail(), email)) {
            changed.add("email");
        }
        if (!Objects.equals(p.getAddress(), address)) {
            changed.add("address");
        }
        return changed;
    }
}
