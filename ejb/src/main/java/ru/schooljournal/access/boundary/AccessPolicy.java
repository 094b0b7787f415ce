package ru.schooljournal.access.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jakarta.transaction.TransactionSynchronizationRegistry;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.HardLimits;
import ru.schooljournal.access.control.Matrix;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.access.entity.Scope;

/**
 * The one place where access is decided (SPEC §2): may this user do this operation on this target?
 * The answer is the union over the user's roles of their school's matrix cells, cut down by the hard
 * limits, each scope checked against the target (their class, their subjects, their child, themself).
 * Every business method asks here; a refusal is logged and shown in Russian.
 */
@Stateless
@PermitAll
public class AccessPolicy {

    private static final Logger LOG = Logger.getLogger(AccessPolicy.class.getName());

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Matrix matrix;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** Refuses with {@link AccessDenied} unless the signed-in user may do {@code op} on {@code target}. */
    public void check(Operation op, Target target) {
        Caller me = currentCaller.get();
        if (!decide(me, op, target)) {
            LOG.warning(() -> "Refused " + op + " on " + target + " to " + me.login() + " " + me.roles());
            throw new AccessDenied("access.denied.matrix", me.login() + " " + op + " " + target);
        }
    }

    public boolean may(Operation op, Target target) {
        return decide(currentCaller.get(), op, target);
    }

    /** Whether the signed-in user may do {@code op} on anything at all (for menus). */
    public boolean mayAtAll(Operation op) {
        Caller me = currentCaller.get();
        return !scopes(me, op, schoolOf(me)).isEmpty();
    }

    /**
     * The classes of the signed-in user's school that any of {@code ops} reaches, for a page that links to
     * classes (a link only where it leads): {@code null} when a scope covers the whole school, otherwise the
     * classes they lead and those they teach in, as their scopes say — two queries at most, whatever the list.
     */
    public Set<Long> classesReached(Operation... ops) {
        Caller me = currentCaller.get();
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (Operation op : ops) {
            scopes.addAll(scopes(me, op, schoolOf(me)));
        }
        if (scopes.contains(Scope.ALL)) {
            return null;
        }
        Set<Long> classes = new java.util.HashSet<>();
        if (me.personId() != null && scopes.contains(Scope.CLASS)) {
            classes.addAll(em.createQuery("select c.id from SchoolClass c where c.classTeacher.id = :p", Long.class)
                    .setParameter("p", me.personId()).getResultList());
        }
        if (me.personId() != null && scopes.contains(Scope.SUBJ)) {
            classes.addAll(em.createQuery("select distinct cs.schoolClass.id from ClassSubject cs where cs.teacher.id = :p",
                    Long.class).setParameter("p", me.personId()).getResultList());
        }
        return classes;
    }

    /** Everything the signed-in user may do at all, in one reading of the matrix (for the page's menu). */
    public Set<Operation> myOperations() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null && me.authorityId() == null) {
            return EnumSet.noneOf(Operation.class);
        }
        Set<Operation> ops = EnumSet.noneOf(Operation.class);
        ops.addAll(rightsOf(me).keySet());
        return ops;
    }

    /** The rights of any caller (for the administrator's «что может этот пользователь»). */
    public Map<Operation, Set<Scope>> rightsOf(Caller caller) {
        Map<Operation, Set<Scope>> rights = new EnumMap<>(Operation.class);
        Long school = schoolOf(caller);
        Map<Operation, Map<Role, Set<Scope>>> cells = school == null ? matrix.defaults() : matrix.of(school);
        for (Operation op : Operation.values()) {
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            for (Role role : caller.roles()) {
                scopes.addAll(HardLimits.apply(role, op, cells.getOrDefault(op, Map.of()).getOrDefault(role, Set.of())));
            }
            if (!scopes.isEmpty()) {
                rights.put(op, scopes);
            }
        }
        return rights;
    }

    /** The decision for any caller (the administrator's «что может этот пользователь», the matrix tests). */
    public boolean allows(Caller caller, Operation op, Target target) {
        return decide(caller, op, target);
    }

    private boolean decide(Caller me, Operation op, Target target) {
        Map<Object, Object> memo = memo();
        Optional<?> known = (Optional<?>) memo.computeIfAbsent(List.of("school", target),
                k -> Optional.ofNullable(schoolOfTarget(target)));
        Long school = (Long) known.orElse(null);
        for (Scope scope : scopes(me, op, schoolOf(me))) {
            if ((Boolean) memo.computeIfAbsent(List.of(me.accountId(), scope, target),
                    k -> covers(me, scope, target, school))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What this transaction has already worked out about targets (their school, whether a scope covers
     * them): a business method that checks several operations on one target asks the database once. Lives
     * as long as the transaction, so a change to the data is seen by the next one.
     */
    @SuppressWarnings("unchecked")
    private Map<Object, Object> memo() {
        if (registry == null || registry.getTransactionKey() == null) {
            return new HashMap<>();
        }
        Map<Object, Object> memo = (Map<Object, Object>) registry.getResource(AccessPolicy.class);
        if (memo == null) {
            memo = new HashMap<>();
            registry.putResource(AccessPolicy.class, memo);
        }
        return memo;
    }

    private Set<Scope> scopes(Caller me, Operation op, Long school) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (school == null && me.authorityId() == null) {
            return scopes;
        }
        Map<Role, Set<Scope>> row = school == null ? matrix.defaults().getOrDefault(op, Map.of())
                : matrix.rowForDecision(school, op);
        for (Role role : me.roles()) {
            scopes.addAll(HardLimits.apply(role, op, row.getOrDefault(role, Set.of())));
        }
        return scopes;
    }

    private Long schoolOf(Caller me) {
        return me.schoolId();
    }

    private boolean covers(Caller me, Scope scope, Target t, Long targetSchool) {
        Long person = me.personId();
        return switch (scope) {
            case ALL -> targetSchool != null && targetSchool.equals(me.schoolId());
            case SCHOOLS -> targetSchool != null && me.authorityId() != null && exists(
                    "select s.id from School s where s.id = ?1 and s.authority.id = ?2", targetSchool, me.authorityId());
            case SELF -> person != null && (person.equals(t.personId()) || person.equals(t.studentId()));
            case CHILD -> person != null && t.studentId() != null && exists(
                    "select g.id from Guardianship g where g.parent.id = ?1 and g.child.id = ?2", person, t.studentId());
            case CLASS -> person != null && leadsClassOf(person, t);
            case SUBJ -> person != null && teachesIn(person, t);
        };
    }

    private boolean leadsClassOf(long me, Target t) {
        if (t.classId() != null) {
            return exists("select c.id from SchoolClass c where c.id = ?1 and c.classTeacher.id = ?2", t.classId(), me);
        }
        if (t.classSubjectId() != null) {
            return exists("select cs.id from ClassSubject cs where cs.id = ?1 and cs.schoolClass.classTeacher.id = ?2",
                    t.classSubjectId(), me);
        }
        if (t.studentId() != null) {
            return exists("""
                    select m.id from ClassMembership m where m.student.id = ?1 and m.leftOn is null
                    and m.schoolClass.classTeacher.id = ?2""", t.studentId(), me);
        }
        return false;
    }

    private boolean teachesIn(long me, Target t) {
        if (t.classSubjectId() != null) {
            return exists("select cs.id from ClassSubject cs where cs.id = ?1 and cs.teacher.id = ?2", t.classSubjectId(), me);
        }
        if (t.classId() != null) {
            return exists("select cs.id from ClassSubject cs where cs.schoolClass.id = ?1 and cs.teacher.id = ?2",
                    t.classId(), me);
        }
        if (t.studentId() != null) {
            return exists("""
                    select cs.id from ClassSubject cs, ClassMembership m where m.student.id = ?1 and m.leftOn is null
                    and cs.schoolClass = m.schoolClass and cs.teacher.id = ?2""", t.studentId(), me);
        }
        return false;
    }

    private Long schoolOfTarget(Target t) {
        if (t.schoolId() != null) {
            return t.schoolId();
        }
        List<Long> ids;
        if (t.classId() != null) {
            ids = ids("select c.school.id from SchoolClass c where c.id = ?1", t.classId());
        } else if (t.classSubjectId() != null) {
            ids = ids("select cs.school.id from ClassSubject cs where cs.id = ?1", t.classSubjectId());
        } else if (t.studentId() != null) {
            ids = ids("select p.school.id from Person p where p.id = ?1", t.studentId());
        } else if (t.personId() != null) {
            ids = ids("select p.school.id from Person p where p.id = ?1", t.personId());
        } else {
            return null;
        }
        return ids.isEmpty() ? null : ids.get(0);
    }

    private boolean exists(String jpql, Object... params) {
        return !ids(jpql, params).isEmpty();
    }

    private List<Long> ids(String jpql, Object... params) {
        var q = em.createQuery(jpql, Long.class).setMaxResults(1);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }
}
