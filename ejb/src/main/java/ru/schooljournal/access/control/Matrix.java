package ru.schooljournal.access.control;

import jakarta.enterprise.context.Dependent;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.schooljournal.access.entity.AccessCell;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.access.entity.Scope;

/**
 * Reads a school's access matrix: the default grants with the school's own cells laid over them.
 * Two queries for one operation or for the whole matrix; access decisions read it once per transaction.
 */
@Dependent
public class Matrix {

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** The default cells of the whole matrix. */
    public Map<Operation, Map<Role, Set<Scope>>> defaults() {
        Map<Operation, Map<Role, Set<Scope>>> cells = new EnumMap<>(Operation.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select operation, role, scope from access_default").getResultList();
        for (Object[] r : rows) {
            cell(cells, Operation.valueOf((String) r[0]), Role.valueOf((String) r[1])).add(Scope.valueOf((String) r[2]));
        }
        return cells;
    }

    /** A school's matrix as it stands: its own cells where it has them, the defaults elsewhere. */
    public Map<Operation, Map<Role, Set<Scope>>> of(long schoolId) {
        Map<Operation, Map<Role, Set<Scope>>> cells = defaults();
        for (AccessCell own : em.createQuery("select c from AccessCell c where c.schoolId = :s", AccessCell.class)
                .setParameter("s", schoolId).getResultList()) {
            cells.computeIfAbsent(own.getOperation(), o -> new EnumMap<>(Role.class)).put(own.getRole(), own.getScopes());
        }
        return cells;
    }

    /**
     * One operation's row of a school's matrix for an access decision: the whole matrix is read once per
     * transaction (two queries) and kept with it, so a business method that checks several operations — the
     * journal page asks four — does not read it again. Not for the matrix's own editing, which needs
     * {@link #row} as it stands after its writes.
     */
    public Map<Role, Set<Scope>> rowForDecision(long schoolId, Operation op) {
        if (registry == null || registry.getTransactionKey() == null) {
            return row(schoolId, op);
        }
        String key = Matrix.class.getName() + ":" + schoolId;
        @SuppressWarnings("unchecked")
        Map<Operation, Map<Role, Set<Scope>>> cells = (Map<Operation, Map<Role, Set<Scope>>>) registry.getResource(key);
        if (cells == null) {
            cells = of(schoolId);
            registry.putResource(key, cells);
        }
        return cells.getOrDefault(op, Map.of());
    }

    /** One operation's row of a school's matrix. */
    public Map<Role, Set<Scope>> row(long schoolId, Operation op) {
        Map<Role, Set<Scope>> row = new EnumMap<>(Role.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select role, scope from access_default where operation = ?1")
                .setParameter(1, op.name()).getResultList();
        for (Object[] r : rows) {
            row.computeIfAbsent(Role.valueOf((String) r[0]), k -> EnumSet.noneOf(Scope.class)).add(Scope.valueOf((String) r[1]));
        }
        for (AccessCell own : em.createQuery(
                        "select c from AccessCell c where c.schoolId = :s and c.operation = :op", AccessCell.class)
                .setParameter("s", schoolId).setParameter("op", op).getResultList()) {
            row.put(own.getRole(), own.getScopes());
        }
        return row;
    }

    private static Set<Scope> cell(Map<Operation, Map<Role, Set<Scope>>> cells, Operation op, Role role) {
        return cells.computeIfAbsent(op, o -> new EnumMap<>(Role.class))
                .computeIfAbsent(role, r -> EnumSet.noneOf(Scope.class));
    }
}
