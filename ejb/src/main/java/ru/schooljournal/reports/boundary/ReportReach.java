package ru.schooljournal.reports.boundary;

import java.util.Set;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;

/**
 * How far a reader's reports of classes reach (ACCESS-MATRIX «reports»): the whole school with
 * REPORTS_ALL_CLASSES (the administrator, the director, the deputy), the class they lead with
 * REPORTS_OWN_CLASS (the class teacher); refused for anyone else — the secretary's REPORTS_ADMIN is for
 * administrative reports, not for the classes' marks.
 */
final class ReportReach {

    private ReportReach() {
    }

    /** {@code null}: the whole school; otherwise the classes the caller leads. */
    static Set<Long> of(AccessPolicy policy, Caller me) {
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        if (policy.may(Operation.REPORTS_ALL_CLASSES, Target.school(me.schoolId()))) {
            return null;
        }
        if (!policy.mayAtAll(Operation.REPORTS_OWN_CLASS)) {
            throw new AccessDenied("access.denied.matrix", me.login() + " reports");
        }
        Set<Long> own = policy.classesReached(Operation.REPORTS_OWN_CLASS);
        if (own != null && own.isEmpty()) {
            throw new AccessDenied("reports.denied.noClass", me.login() + " reports of own class: leads none");
        }
        return own;
    }

    /** Administrative reports (REPORTS_ADMIN: the administrator, director, deputy, secretary, HR): the whole school. */
    static void administrative(AccessPolicy policy, Caller me) {
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        policy.check(Operation.REPORTS_ADMIN, Target.school(me.schoolId()));
    }

    /** The classes a report of one class ({@code classId}) or of all reached covers; refused outside the reach. */
    static Set<Long> narrowed(Set<Long> reach, Long classId, Caller me) {
        if (classId != null && reach != null && !reach.contains(classId)) {
            throw new AccessDenied("access.denied.matrix", me.login() + " report of class " + classId);
        }
        return classId != null ? Set.of(classId) : reach;
    }
}
