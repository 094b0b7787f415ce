package ru.schooljournal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who looked at or changed whose card, which field group, when (append-only). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public enum Action {
        VIEW_CARD, EDIT_CARD, EXPORT_LIST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_id")
    private Long schoolId;
    private Instant at;
    private String login;
    @Enumerated(EnumType.STRING)
    private Action action;
    @Column(name = "person_id")
    private Long personId;
    @Column(name = "field_group")
    private String fieldGroup;
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Long schoolId, String login, Action action, Long personId, String fieldGroup, String detail) {
        this.schoolId = schoolId;
        this.at = Instant.now();
        this.login = login;
        this.action = action;
        this.personId = personId;
        this.fieldGroup = fieldGroup;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Instant getAt() {
        return at;
    }

    public String getLogin() {
        return login;
    }

    public Action getAction() {
        return action;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getFieldGroup() {
        return fieldGroup;
    }

    public String getDetail() {
        return detail;
    }
}
