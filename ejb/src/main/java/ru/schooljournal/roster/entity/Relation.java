package ru.schooljournal.roster.entity;

/** How a parent or legal guardian is related to the child. */
public enum Relation {
    MOTHER, FATHER, GUARDIAN
}
