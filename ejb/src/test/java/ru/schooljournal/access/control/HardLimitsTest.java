package ru.schooljournal.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.access.entity.Scope;

/** SPEC §2 hard limits, for every operation of the matrix. */
class HardLimitsTest {

    private static final Set<Scope> EVERYTHING = EnumSet.allOf(Scope.class);

    @Test
    void aStudentNeverChangesTheJournalWhateverTheCellSays() {
        for (Operation op : Operation.values()) {
            if (op.kind() == Operation.Kind.JOURNAL_CHANGE) {
                assertTrue(HardLimits.apply(Role.STUDENT, op, EVERYTHING).isEmpty(), op.name());
                assertEquals("access.limit.journalChange", HardLimits.violation(Role.STUDENT, op, EnumSet.of(Scope.SELF)));
            }
        }
    }

    @Test
    void aParentNeverChangesTheJournalEither() {
        for (Operation op : Operation.values()) {
            if (op.kind() == Operation.Kind.JOURNAL_CHANGE) {
                assertTrue(HardLimits.apply(Role.PARENT, op, EVERYTHING).isEmpty(), op.name());
            }
        }
    }

    @Test
    void aParentSeesStudentDataOnlyOfTheirOwnChildren() {
        for (Operation op : Operation.values()) {
            if (op.kind() == Operation.Kind.STUDENT_DATA) {
                assertEquals(EnumSet.of(Scope.CHILD), HardLimits.apply(Role.PARENT, op, EVERYTHING), op.name());
                assertEquals("access.limit.parentOwnChildren",
                        HardLimits.violation(Role.PARENT, op, EnumSet.of(Scope.ALL)), op.name());
            }
        }
    }

    @Test
    void aStudentSeesStudentDataOnlyAboutThemself() {
        for (Operation op : Operation.values()) {
            if (op.kind() == Operation.Kind.STUDENT_DATA) {
                assertEquals(EnumSet.of(Scope.SELF), HardLimits.apply(Role.STUDENT, op, EVERYTHING), op.name());
            }
        }
    }

    @Test
    void staffAndTheAuthorityKeepWhatTheirRoleCanHold() {
        assertNull(HardLimits.violation(Role.TEACHER, Operation.JOURNAL_EDIT, EnumSet.of(Scope.SUBJ, Scope.CLASS)));
        assertNull(HardLimits.violation(Role.ADMIN, Operation.JOURNAL_EDIT, EnumSet.of(Scope.ALL)));
        assertNotNull(HardLimits.violation(Role.TEACHER, Operation.JOURNAL_VIEW, EnumSet.of(Scope.CHILD)),
                "a teacher has no «own children» scope");
        assertEquals(EnumSet.of(Scope.SCHOOLS), HardLimits.apply(Role.AUTHORITY, Operation.REPORTS_CROSS_SCHOOL, EVERYTHING));
        assertTrue(HardLimits.apply(Role.AUTHORITY, Operation.JOURNAL_EDIT, EVERYTHING).isEmpty(), "the authority only reads");
    }

    @Test
    void generalSchoolInformationStaysOpenToStudentsAndParents() {
        assertEquals(EnumSet.of(Scope.ALL), HardLimits.apply(Role.PARENT, Operation.TIMETABLE_VIEW, EnumSet.of(Scope.ALL)));
        assertEquals(EnumSet.of(Scope.SELF), HardLimits.apply(Role.STUDENT, Operation.MAIL, EnumSet.of(Scope.SELF)));
        assertTrue(Operation.bySection().values().stream().mapToInt(java.util.List::size).sum() == Operation.values().length);
    }
}
