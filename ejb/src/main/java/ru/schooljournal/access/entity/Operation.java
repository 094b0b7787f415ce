package ru.schooljournal.access.entity;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations of the access matrix, grouped by section (seed 003 appendix; shared/ACCESS-MATRIX.md).
 * Their default grants live in the database ({@code access_default}, migration V3); a school changes
 * them cell by cell. Names for people are in the resource bundle ({@code op.CODE}, {@code section.CODE}).
 */
public enum Operation {
    SCHOOL_VIEW(Section.SCHOOL), SCHOOL_EDIT(Section.SCHOOL), REFERENCE_EDIT(Section.SCHOOL),
    STAFF_KEEP(Section.STAFF), STAFF_CARD_VIEW(Section.STAFF), STAFF_SHORT_VIEW(Section.STAFF),
    STUDENT_KEEP(Section.STUDENTS, Kind.STUDENT_DATA), STUDENT_PSY_EDIT(Section.STUDENTS, Kind.STUDENT_DATA),
    STUDENT_MED_EDIT(Section.STUDENTS, Kind.STUDENT_DATA), STUDENT_SHORT_VIEW(Section.STUDENTS, Kind.STUDENT_DATA),
    USER_DELETE(Section.USERS),
    YEAR_TRANSITION(Section.CURRICULUM), CURRICULUM_COMPOSE(Section.CURRICULUM), CURRICULUM_VIEW(Section.CURRICULUM),
    PERIODS_EDIT(Section.CURRICULUM),
    MOVEMENT_EDIT(Section.MOVEMENT, Kind.STUDENT_DATA), MOVEMENT_VIEW(Section.MOVEMENT, Kind.STUDENT_DATA),
    DOCUMENTS_VIEW(Section.DOCUMENTS), DOCUMENTS_EDIT(Section.DOCUMENTS),
    CLASSES_VIEW(Section.CLASSES), CLASSES_EDIT(Section.CLASSES), SUBGROUPS_OWN_CLASS(Section.CLASSES),
    SUBGROUPS_MOVE(Section.CLASSES),
    PLANS_VIEW_ALL(Section.PLANNING), PLANS_OWN(Section.PLANNING), PLANS_EDIT_ALL(Section.PLANNING),
    TIMETABLE_VIEW(Section.TIMETABLE), TIMETABLE_COMPOSE(Section.TIMETABLE), SCHOOL_EVENTS_EDIT(Section.TIMETABLE),
    CLASS_EVENTS_EDIT(Section.TIMETABLE),
    JOURNAL_VIEW(Section.JOURNAL, Kind.STUDENT_DATA), JOURNAL_EDIT(Section.JOURNAL, Kind.JOURNAL_CHANGE),
    ABSENCE_REASONS(Section.JOURNAL, Kind.JOURNAL_CHANGE), DATE_OPENING(Section.JOURNAL, Kind.JOURNAL_CHANGE),
    FINALS_VIEW(Section.JOURNAL, Kind.STUDENT_DATA), FINALS_EDIT(Section.JOURNAL, Kind.JOURNAL_CHANGE),
    DIARY_VIEW(Section.DIARY, Kind.STUDENT_DATA),
    RESOURCES_VIEW(Section.RESOURCES), RESOURCES_EDIT(Section.RESOURCES),
    REPORTS_ADMIN(Section.REPORTS, Kind.STUDENT_DATA), REPORTS_OWN_CLASS(Section.REPORTS, Kind.STUDENT_DATA),
    REPORTS_ALL_CLASSES(Section.REPORTS, Kind.STUDENT_DATA), REPORTS_SELF(Section.REPORTS, Kind.STUDENT_DATA),
    REPORT_BUILDER(Section.REPORTS, Kind.STUDENT_DATA), REPORTS_CROSS_SCHOOL(Section.REPORTS),
    ANNOUNCEMENTS_VIEW(Section.ANNOUNCEMENTS), ANNOUNCEMENTS_CREATE(Section.ANNOUNCEMENTS),
    MAIL(Section.MAIL),
    FORUM_POST(Section.FORUM), FORUM_MODERATORS(Section.FORUM);

    public enum Section {
        SCHOOL, STAFF, STUDENTS, USERS, CURRICULUM, MOVEMENT, DOCUMENTS, CLASSES, PLANNING, TIMETABLE, JOURNAL,
        DIARY, RESOURCES, REPORTS, ANNOUNCEMENTS, MAIL, FORUM
    }

    /** What an operation touches, for the hard limits that no matrix edit lifts (SPEC §2). */
    public enum Kind {
        /** School-wide information: timetable, announcements, resources, the school's settings. */
        GENERAL,
        /** Personal data about students: a parent reaches only their own children, a student only themself. */
        STUDENT_DATA,
        /** A change to the journal: never a student's or a parent's. */
        JOURNAL_CHANGE
    }

    private final Section section;
    private final Kind kind;

    Operation(Section section) {
        this(section, Kind.GENERAL);
    }

    Operation(Section section, Kind kind) {
        this.section = section;
        this.kind = kind;
    }

    public Section section() {
        return section;
    }

    public Kind kind() {
        return kind;
    }

    /** The operations in matrix order, by section. */
    public static Map<Section, List<Operation>> bySection() {
        Map<Section, List<Operation>> map = new LinkedHashMap<>();
        for (Section s : Section.values()) {
            map.put(s, Arrays.stream(values()).filter(o -> o.section == s).toList());
        }
        return map;
    }
}
