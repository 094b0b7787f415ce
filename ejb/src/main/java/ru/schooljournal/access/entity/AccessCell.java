package ru.schooljournal.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A school's own setting of one cell of the access matrix (operation × role), replacing the default cell.
 * No row: the default applies.
 */
@Entity
@Table(name = "access_cell")
public class AccessCell {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id")
    private long schoolId;

    @Enumerated(EnumType.STRING)
    private Operation operation;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String scopes;

    protected AccessCell() {
    }

    public AccessCell(long schoolId, Operation operation, Role role, Set<Scope> scopes) {
        this.schoolId = schoolId;
        this.operation = operation;
        this.role = role;
        setScopes(scopes);
    }

    public Operation getOperation() {
        return operation;
    }

    public Role getRole() {
        return role;
    }

    public Set<Scope> getScopes() {
        return parse(scopes);
    }

    public void setScopes(Set<Scope> scopes) {
        this.scopes = format(scopes);
    }

    public static String format(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<Scope> parse(String text) {
        Set<Scope> set = EnumSet.noneOf(Scope.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).map(Scope::valueOf).forEach(set::add);
        }
        return set;
    }
}
