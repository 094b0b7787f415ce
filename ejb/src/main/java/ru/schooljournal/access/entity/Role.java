package ru.schooljournal.access.entity;

/**
 * The roles of SPEC §1. Each is also a Jakarta Security group of the same name, so that
 * {@code @RolesAllowed("TEACHER")} and {@code isUserInRole("TEACHER")} work everywhere.
 * A class teacher is a TEACHER whose scope covers their class.
 */
public enum Role {
    ADMIN, DIRECTOR, DEPUTY, TEACHER, SECRETARY, STUDENT, PARENT, NURSE, PSYCHOLOGIST, HR, TECH, AUTHORITY;

    /** The role names as constants for annotations. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DIRECTOR = "DIRECTOR";
        public static final String DEPUTY = "DEPUTY";
        public static final String TEACHER = "TEACHER";
        public static final String SECRETARY = "SECRETARY";
        public static final String STUDENT = "STUDENT";
        public static final String PARENT = "PARENT";
        public static final String NURSE = "NURSE";
        public static final String PSYCHOLOGIST = "PSYCHOLOGIST";
        public static final String HR = "HR";
        public static final String TECH = "TECH";
        public static final String AUTHORITY = "AUTHORITY";

        private Names() {
        }
    }

    /** Staff roles: everyone who works at the school (not students, parents or the authority). */
    public boolean isStaff() {
        return this != STUDENT && this != PARENT && this != AUTHORITY;
    }
}
