package ru.schooljournal.roster.entity;

public enum Sex {
    M, F
}
