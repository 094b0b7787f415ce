package ru.schooljournal.schedule.control;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Clash detection for the weekly timetable (SPEC §4): at one weekday and bell, a class has one lesson — or
 * several lessons of different subgroups, which is what groups are for — a teacher teaches one class, a
 * room holds one lesson. A clash is refused with what it clashes with named.
 */
public final class TimetableClash {

    /** A lesson of the template, as far as clashes go. */
    public record Placed(long slotId, long classId, String className, String subject, Long teacherId,
                         String teacher, String room, long classSubjectId, boolean subgroup) {
    }

    /** The key of the message and its arguments. */
    public record Clash(String messageKey, Object... args) {
    }

    private TimetableClash() {
    }

    /**
     * The clash of {@code candidate} with the lessons already at that weekday and bell, if any — the class's
     * own first, then the teacher's, then the room's, whatever order the lessons come in.
     */
    public static Optional<Clash> find(Placed candidate, List<Placed> sameTime) {
        List<Placed> others = sameTime.stream().filter(p -> p.slotId() != candidate.slotId()).toList();
        for (Placed p : others) {
            boolean otherGroup = p.subgroup() && candidate.subgroup() && p.classSubjectId() != candidate.classSubjectId();
            if (p.classId() == candidate.classId() && !otherGroup) {
                return Optional.of(new Clash("schedule.clash.class", p.className(), p.subject()));
            }
        }
        for (Placed p : others) {
            if (candidate.teacherId() != null && Objects.equals(p.teacherId(), candidate.teacherId())) {
                return Optional.of(new Clash("schedule.clash.teacher", p.teacher(), p.className(), p.subject()));
            }
        }
        for (Placed p : others) {
            if (sameRoom(candidate.room(), p.room())) {
                return Optional.of(new Clash("schedule.clash.room", p.room(), p.className(), p.subject()));
            }
        }
        return Optional.empty();
    }

    private static boolean sameRoom(String a, String b) {
        return a != null && b != null && !a.isBlank()
                && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
