package ru.schooljournal.access.control;

import java.util.EnumSet;
import java.util.Set;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.access.entity.Scope;

/**
 * The limits no edit of the matrix may lift (SPEC §2): a parent sees only their own children (seed 001
 * §3.1.3, seed 004 §3.7); a student never edits anything in the journal (seed 001 §6, seed 003 §10.1,
 * seed 004 §3.8), and neither does a parent; only the administrator edits the matrix itself.
 * Applied when a cell is saved (refused with a message) and again when access is decided.
 */
public final class HardLimits {

    private HardLimits() {
    }

    /** The scopes a role may hold for an operation at most; whatever a cell says beyond this is void. */
    public static Set<Scope> allowed(Role role, Operation op) {
        if (role == Role.AUTHORITY) {
            return op.kind() == Operation.Kind.JOURNAL_CHANGE ? EnumSet.noneOf(Scope.class) : EnumSet.of(Scope.SCHOOLS);
        }
        if (role == Role.STUDENT || role == Role.PARENT) {
            if (op.kind() == Operation.Kind.JOURNAL_CHANGE) {
                return EnumSet.noneOf(Scope.class);
            }
            if (op.kind() == Operation.Kind.STUDENT_DATA) {
                return role == Role.PARENT ? EnumSet.of(Scope.CHILD) : EnumSet.of(Scope.SELF);
            }
            return EnumSet.of(Scope.ALL, Scope.SELF, role == Role.PARENT ? Scope.CHILD : Scope.SELF);
        }
        return EnumSet.complementOf(EnumSet.of(Scope.CHILD, Scope.SCHOOLS));
    }

    /** The scopes of a cell that survive the hard limits. */
    public static Set<Scope> apply(Role role, Operation op, Set<Scope> scopes) {
        Set<Scope> kept = EnumSet.noneOf(Scope.class);
        kept.addAll(scopes);
        kept.retainAll(allowed(role, op));
        return kept;
    }

    /** The key of the message refusing a cell setting, or null when the setting is within the limits. */
    public static String violation(Role role, Operation op, Set<Scope> scopes) {
        if (apply(role, op, scopes).size() == scopes.size()) {
            return null;
        }
        if (op.kind() == Operation.Kind.JOURNAL_CHANGE && (role == Role.STUDENT || role == Role.PARENT)) {
            return "access.limit.journalChange";
        }
        if (role == Role.PARENT) {
            return "access.limit.parentOwnChildren";
        }
        if (role == Role.STUDENT) {
            return "access.limit.studentSelf";
        }
        return "access.limit.scope";
    }
}
