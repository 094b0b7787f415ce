package ru.schooljournal.access.control;

import java.io.Serializable;

/**
 * What an operation is done on, for deciding its scope: a school, a class, a class's subject, a student or
 * another person. Unknown parts are null; the policy works out the school from the rest.
 */
public record Target(Long schoolId, Long classId, Long classSubjectId, Long studentId, Long personId)
        implements Serializable {

    public static Target school(long schoolId) {
        return new Target(schoolId, null, null, null, null);
    }

    public static Target schoolClass(long classId) {
        return new Target(null, classId, null, null, null);
    }

    public static Target classSubject(long classSubjectId) {
        return new Target(null, null, classSubjectId, null, null);
    }

    public static Target student(long studentId) {
        return new Target(null, null, null, studentId, null);
    }

    public static Target person(long personId) {
        return new Target(null, null, null, null, personId);
    }
}
