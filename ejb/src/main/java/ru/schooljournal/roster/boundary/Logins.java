package ru.schooljournal.roster.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.PasswordHash;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Account;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.control.PersonName;
import ru.schooljournal.roster.entity.Person;
import ru.schooljournal.roster.entity.Sex;
import ru.schooljournal.school.entity.School;

/**
 * Accounts (SPEC §3). For students and parents, issued by the class teacher (STUDENT_KEEP for their class):
 * first the consent to personal-data processing is recorded (when, signed by whom); only then an account
 * is issued, with a temporary password that is shown once — on the printed slip — and must be replaced at
 * the first sign-in. Issuing again gives a new temporary password. Staff get theirs when HR adds them.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class Logins {

    /** A student or a parent of the class (who would hold an account), with their consent and login. */
    public record Holder(long personId, String name, Role role, String childName, LocalDate consentOn,
                          String consentBy, String login) implements Serializable {
    }

    /**
     * What goes on a printed slip: the password is not kept anywhere else. {@code about} is the child's name
     * for a parent, the position for a member of staff.
     */
    public record Slip(String name, Role role, String about, String login, String password) implements Serializable {
    }

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** The class's students and their parents, student by student. */
    public List<Holder> ofClass(long classId) {
        policy.check(Operation.STUDENT_KEEP, Target.schoolClass(classId));
        List<Holder> people = new ArrayList<>();
        Map<Long, String> logins = new LinkedHashMap<>();
        em.createQuery("""
                        select a.personId, a.login from Account a where a.personId in (
                            select m.student.id from ClassMembership m where m.schoolClass.id = :c and m.leftOn is null)
                        or a.personId in (select g.parent.id from Guardianship g, ClassMembership m2
                            where g.child = m2.student and m2.schoolClass.id = :c and m2.leftOn is null)""", Object[].class)
                .setParameter("c", classId).getResultList().forEach(r -> logins.put((Long) r[0], (String) r[1]));
        List<Person> students = em.createQuery("""
                        select p from ClassMembership m join m.student p where m.schoolClass.id = :c and m.leftOn is null
                        order by p.lastName, p.firstName, p.id""", Person.class)
                .setParameter("c", classId).getResultList();
        Map<Long, List<Person>> parents = new LinkedHashMap<>();
        if (!students.isEmpty()) {
            em.createQuery("""
                            select g.child.id, g.parent from Guardianship g where g.child in :students
                            order by g.parent.lastName""", Object[].class)
                    .setParameter("students", students).getResultList()
                    .forEach(r -> parents.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Person) r[1]));
        }
        for (Person student : students) {
            people.add(holder(student, Role.STUDENT, null, logins));
            for (Person parent : parents.getOrDefault(student.getId(), List.of())) {
                people.add(holder(parent, Role.PARENT, student.shortName(), logins));
            }
        }
        return people;
    }

    /** Records the consent of a student (signed by a parent) or of a parent of the class. */
    public void recordConsent(long personId, LocalDate on, String signedBy) {
        currentCaller.get();
        Person person = keptPerson(personId);
        if (on == null || on.isAfter(LocalDate.now(person.getSchool().zone()))) {
            throw new RuleViolation("logins.consentDate");
        }
        if (signedBy == null || signedBy.isBlank() || signedBy.length() > 200) {
            throw new RuleViolation("logins.consentBy");
        }
        person.recordConsent(on, signedBy.strip());
    }

    /**
     * A new member of staff with an account (STAFF_KEEP — the administrator, the director, HR): their card's
     * name and position, their roles in the journal, and the slip with a temporary password.
     */
    public Slip addStaff(String lastName, String firstName, String middleName, Sex sex, String position, Set<Role> roles) {
        Caller me = currentCaller.get();
        policy.check(Operation.STAFF_KEEP, Target.school(me.schoolId()));
        if (blank(lastName) || blank(firstName) || lastName.length() > 100 || firstName.length() > 100
                || middleName != null && middleName.length() > 100) {
            throw new RuleViolation("staff.nameRequired");
        }
        if (!PersonName.valid(lastName) || !PersonName.valid(firstName) || !PersonName.validOrAbsent(middleName)) {
            throw new RuleViolation("staff.nameInvalid");
        }
        if (sex == null) {
            throw new RuleViolation("import.badSex", "—");
        }
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("staff.noRole");
        }
        if (roles.contains(Role.STUDENT) || roles.contains(Role.PARENT) || roles.contains(Role.AUTHORITY)) {
            throw new RuleViolation("staff.notAStaffRole");
        }
        if (position != null && position.length() > 200) {
            throw new RuleViolation("staff.positionTooLong");
        }
        Person p = new Person(em.find(School.class, me.schoolId()), lastName.strip(), firstName.strip(),
                blank(middleName) ? null : middleName.strip(), sex);
        p.setPosition(blank(position) ? null : position.strip());
        em.persist(p);
        em.flush(); // the person's id, for the account
        String password = temporaryPassword();
        Account account = Account.ofPerson(me.schoolId(), p.getId(), freeLogin(p), PasswordHash.hash(password), roles);
        em.persist(account);
        return new Slip(p.fullName(), roles.iterator().next(), p.getPosition(), account.getLogin(), password);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Issues an account (or a new temporary password for the existing one) to each of these people, in the
     * order given. Refused for anyone whose consent is not recorded; nothing is issued then.
     */
    public List<Slip> issue(List<Long> personIds) {
        currentCaller.get();
        List<Slip> slips = new ArrayList<>();
        for (long id : personIds) {
            Person p = keptPerson(id);
            if (p.getConsentOn() == null) {
                throw new RuleViolation("logins.noConsent", p.shortName());
            }
            boolean parent = isParent(id);
            Role role = parent ? Role.PARENT : Role.STUDENT;
            String password = temporaryPassword();
            List<Account> existing = em.createQuery("select a from Account a where a.personId = :p", Account.class)
                    .setParameter("p", id).getResultList();
            Account account;
            if (existing.isEmpty()) {
                account = Account.ofPerson(p.getSchool().getId(), p.getId(), freeLogin(p), PasswordHash.hash(password),
                        EnumSet.of(role));
                em.persist(account);
            } else {
                account = existing.get(0);
                account.issuePassword(PasswordHash.hash(password));
            }
            slips.add(new Slip(p.fullName(), role, parent ? childNames(id) : null, account.getLogin(), password));
        }
        return slips;
    }

    private Holder holder(Person p, Role role, String child, Map<Long, String> logins) {
        return new Holder(p.getId(), p.fullName(), role, child, p.getConsentOn(), p.getConsentBy(), logins.get(p.getId()));
    }

    /** A student whose data the caller keeps, or a parent of such a student. */
    private Person keptPerson(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new RuleViolation("logins.noPerson");
        }
        if (policy.may(Operation.STUDENT_KEEP, Target.student(personId))) {
            return person;
        }
        for (Long child : em.createQuery("select g.child.id from Guardianship g where g.parent.id = :p", Long.class)
                .setParameter("p", personId).getResultList()) {
            if (policy.may(Operation.STUDENT_KEEP, Target.student(child))) {
                return person;
            }
        }
        throw new AccessDenied("access.denied.matrix", "logins for person " + personId);
    }

    private boolean isParent(long personId) {
        return !em.createQuery("select g.id from Guardianship g where g.parent.id = :p", Long.class)
                .setParameter("p", personId).setMaxResults(1).getResultList().isEmpty();
    }

    private String childNames(long parentId) {
        return String.join(", ", em.createQuery("""
                        select g.child from Guardianship g where g.parent.id = :p order by g.child.lastName""", Person.class)
                .setParameter("p", parentId).getResultList().stream().map(Person::shortName).toList());
    }

    /** surname.initial in Latin letters, with a number when taken: ivanova.m, ivanova.m2 … */
    private String freeLogin(Person p) {
        String base = translit(p.getLastName()) + "." + translit(p.getFirstName().substring(0, 1));
        String login = base;
        for (int n = 2; !em.createQuery("select a.id from Account a where lower(a.login) = :l", Long.class)
                .setParameter("l", login).getResultList().isEmpty(); n++) {
            login = base + n;
        }
        return login;
    }

    static String translit(String s) {
        String[] table = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'а' && c <= 'я') {
                b.append(table[c - 'а']);
            } else if (c == 'ё') {
                b.append("e");
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.isEmpty() ? "user" : b.toString();
    }

    private static String temporaryPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
