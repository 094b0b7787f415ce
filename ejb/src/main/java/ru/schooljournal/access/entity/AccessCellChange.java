package ru.schooljournal.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed a cell of a school's access matrix, from what to what, and when (append-only). */
@Entity
@Table(name = "access_cell_change")
public class AccessCellChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id")
    private long schoolId;
    @Enumerated(EnumType.STRING)
    private Operation operation;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "old_scopes")
    private String oldScopes;
    @Column(name = "new_scopes")
    private String newScopes;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected AccessCellChange() {
    }

    public AccessCellChange(long schoolId, Operation operation, Role role, String oldScopes, String newScopes,
                            String changedBy, Instant changedAt) {
        this.schoolId = schoolId;
        this.operation = operation;
        this.role = role;
        this.oldScopes = oldScopes;
        this.newScopes = newScopes;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Operation getOperation() {
        return operation;
    }

    public Role getRole() {
        return role;
    }

    public String getOldScopes() {
        return oldScopes;
    }

    public String getNewScopes() {
        return newScopes;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
