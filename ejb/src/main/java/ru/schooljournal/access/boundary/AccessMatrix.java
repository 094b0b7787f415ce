package ru.schooljournal.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.HardLimits;
import ru.schooljournal.access.control.Matrix;
import ru.schooljournal.access.entity.AccessCell;
import ru.schooljournal.access.entity.AccessCellChange;
import ru.schooljournal.access.entity.Account;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.access.entity.Scope;
import ru.schooljournal.platform.RuleViolation;

/**
 * The administrator's view and edit of their school's access matrix: every cell with its scopes, whether
 * it differs from the default, what the hard limits allow; saving, resetting a cell or the whole matrix,
 * the history of changes, and the effective rights of any account of the school. Changes take effect at
 * once: the policy reads the matrix on every decision.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccessMatrix {

    private static final Logger LOG = Logger.getLogger(AccessMatrix.class.getName());

    public record Cell(Set<Scope> scopes, boolean changed, Set<Scope> allowed) implements Serializable {
    }

    public record Row(Operation operation, Map<Role, Cell> cells) implements Serializable {
    }

    public record Change(Operation operation, Role role, String from, String to, String by, Instant at)
            implements Serializable {
    }

    /** The roles of a school's matrix (the authority's viewers are not the school's). */
    public static final List<Role> ROLES = List.of(Role.ADMIN, Role.DIRECTOR, Role.DEPUTY, Role.TEACHER,
            Role.SECRETARY, Role.NURSE, Role.PSYCHOLOGIST, Role.HR, Role.TECH, Role.STUDENT, Role.PARENT);

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Matrix matrix;

    @Inject
    AccessPolicy policy;

    public List<Row> rows() {
        long school = mySchool();
        Map<Operation, Map<Role, Set<Scope>>> defaults = matrix.defaults();
        Map<Operation, Map<Role, Set<Scope>>> current = matrix.of(school);
        List<Row> rows = new ArrayList<>();
        for (Operation op : Operation.values()) {
            Map<Role, Cell> cells = new EnumMap<>(Role.class);
            for (Role role : ROLES) {
                Set<Scope> now = current.getOrDefault(op, Map.of()).getOrDefault(role, Set.of());
                Set<Scope> def = defaults.getOrDefault(op, Map.of()).getOrDefault(role, Set.of());
                cells.put(role, new Cell(copy(now), !now.equals(def), HardLimits.allowed(role, op)));
            }
            rows.add(new Row(op, cells));
        }
        return rows;
    }

    /** Sets one cell. Refuses, with the reason, anything beyond the hard limits. */
    public void set(Operation op, Role role, Set<Scope> scopes) {
        long school = mySchool();
        String violation = HardLimits.violation(role, op, scopes);
        if (violation != null) {
            throw new RuleViolation(violation);
        }
        Set<Scope> before = matrix.row(school, op).getOrDefault(role, Set.of());
        if (before.equals(scopes)) {
            return;
        }
        List<AccessCell> own = own(school, op, role);
        if (own.isEmpty()) {
            em.persist(new AccessCell(school, op, role, scopes));
        } else {
            own.get(0).setScopes(scopes);
        }
        record(school, op, role, before, scopes);
    }

    /** Back to the default for one cell. */
    public void reset(Operation op, Role role) {
        long school = mySchool();
        List<AccessCell> own = own(school, op, role);
        if (!own.isEmpty()) {
            Set<Scope> before = own.get(0).getScopes();
            em.remove(own.get(0));
            em.flush();
            record(school, op, role, before, matrix.row(school, op).getOrDefault(role, Set.of()));
        }
    }

    /** Back to the defaults for the whole matrix. Returns how many cells changed back. */
    public int resetAll() {
        long school = mySchool();
        Map<Operation, Map<Role, Set<Scope>>> defaults = matrix.defaults();
        List<AccessCell> own = em.createQuery("select c from AccessCell c where c.schoolId = :s", AccessCell.class)
                .setParameter("s", school).getResultList();
        for (AccessCell cell : own) {
            record(school, cell.getOperation(), cell.getRole(), cell.getScopes(),
                    defaults.getOrDefault(cell.getOperation(), Map.of()).getOrDefault(cell.getRole(), Set.of()));
            em.remove(cell);
        }
        return own.size();
    }

    public List<Change> history(int limit) {
        return em.createQuery("""
                        select c from AccessCellChange c where c.schoolId = :s order by c.changedAt desc, c.id desc""",
                        AccessCellChange.class)
                .setParameter("s", mySchool()).setMaxResults(limit).getResultList().stream()
                .map(c -> new Change(c.getOperation(), c.getRole(), c.getOldScopes(), c.getNewScopes(),
                        c.getChangedBy(), c.getChangedAt()))
                .toList();
    }

    /** «Что может этот пользователь»: the effective rights of an account of this school, by login. */
    public Map<Operation, Set<Scope>> rightsOf(String login) {
        long school = mySchool();
        List<Account> found = em.createQuery(
                        "select a from Account a where lower(a.login) = lower(:l) and a.schoolId = :s", Account.class)
                .setParameter("l", login == null ? "" : login.trim()).setParameter("s", school).getResultList();
        if (found.isEmpty()) {
            throw new RuleViolation("access.rights.noSuchLogin", login);
        }
        Account a = found.get(0);
        return policy.rightsOf(new Caller(a.getId(), a.getLogin(), school, null,
                a.getPersonId(), a.getRoles()));
    }

    private List<AccessCell> own(long school, Operation op, Role role) {
        return em.createQuery("""
                        select c from AccessCell c where c.schoolId = :s and c.operation = :op and c.role = :r""",
                        AccessCell.class)
                .setParameter("s", school).setParameter("op", op).setParameter("r", role).getResultList();
    }

    private void record(long school, Operation op, Role role, Set<Scope> before, Set<Scope> after) {
        String by = currentCaller.get().login();
        em.persist(new AccessCellChange(school, op, role, AccessCell.format(before), AccessCell.format(after), by,
                Instant.now()));
        LOG.info(() -> "Access matrix of school " + school + ": " + op + " × " + role + " " + before + " → " + after
                + " by " + by);
    }

    private long mySchool() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null || !me.has(Role.ADMIN)) {
            throw new AccessDenied("access.denied.role", me.login());
        }
        return me.schoolId();
    }

    private static Set<Scope> copy(Set<Scope> scopes) {
        Set<Scope> copy = EnumSet.noneOf(Scope.class);
        copy.addAll(scopes);
        return copy;
    }
}
