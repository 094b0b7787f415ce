package ru.schooljournal.access.entity;

/**
 * How far a grant reaches (SPEC §2): the whole school, the class one leads, the subjects and groups one
 * teaches, one's own children, oneself, or the schools of an education authority.
 */
public enum Scope {
    ALL, CLASS, SUBJ, CHILD, SELF, SCHOOLS
}
