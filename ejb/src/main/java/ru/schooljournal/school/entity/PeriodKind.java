package ru.schooljournal.school.entity;

/** How a grade level divides its academic year (SPEC §4): quarters, trimesters or halves. */
public enum PeriodKind {
    QUARTER(4), TRIMESTER(3), HALF(2);

    private final int count;

    PeriodKind(int count) {
        this.count = count;
    }

    /** How many periods of this kind make a year. */
    public int count() {
        return count;
    }
}
