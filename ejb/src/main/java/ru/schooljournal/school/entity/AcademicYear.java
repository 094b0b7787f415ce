package ru.schooljournal.school.entity;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import ru.schooljournal.platform.RuleViolation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A school's academic year, e.g. «2026/2027», from its first to its last day. One is current. */
@Entity
@Table(name = "academic_year")
public class AcademicYear extends SchoolOwned {

    private String name;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private boolean current;

    protected AcademicYear() {
    }

    public AcademicYear(School school, LocalDate startsOn, LocalDate endsOn, boolean current) {
        super(school);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.current = current;
        this.name = startsOn.getYear() + "/" + endsOn.getYear();
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean isCurrent() {
        return current;
    }

    /** The one year the school works in now (closing a year makes the next one current). */
    public void setCurrent(boolean current) {
        this.current = current;
    }

    /** The school's current year, if it has one. */
    public static Optional<AcademicYear> current(EntityManager em, long schoolId) {
        return em.createQuery("select y from AcademicYear y where y.school.id = :s and y.current = true", AcademicYear.class)
                .setParameter("s", schoolId).getResultList().stream().findFirst();
    }

    /** The school's current year, or the refusal «the school has no current academic year». */
    public static AcademicYear currentOrRefuse(EntityManager em, long schoolId) {
        return current(em, schoolId).orElseThrow(() -> new RuleViolation("calendar.noYear"));
    }
}
