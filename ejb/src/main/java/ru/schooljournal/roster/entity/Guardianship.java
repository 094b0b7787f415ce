package ru.schooljournal.roster.entity;

import ru.schooljournal.school.entity.SchoolOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A parent's or legal guardian's link to a child. A parent sees only the children linked here
 * (SPEC §2, a hard limit).
 */
@Entity
@Table(name = "guardianship")
public class Guardianship extends SchoolOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parent_id")
    private Person parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    private Person child;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    protected Guardianship() {
    }

    public Guardianship(Person parent, Person child, Relation relation) {
        super(child.getSchool());
        this.parent = parent;
        this.child = child;
        this.relation = relation;
    }

    public Person getParent() {
        return parent;
    }

    public Person getChild() {
        return child;
    }

    public Relation getRelation() {
        return relation;
    }
}
