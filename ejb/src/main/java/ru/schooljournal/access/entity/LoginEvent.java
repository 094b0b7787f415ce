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

/** One attempt to sign in, kept for user monitoring and the activity reports. */
@Entity
@Table(name = "login_event")
public class LoginEvent {

    public enum Outcome {
        SUCCESS, WRONG_PASSWORD, LOCKED, UNKNOWN, INACTIVE, EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;
    private String login;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "remote_addr")
    private String remoteAddr;

    protected LoginEvent() {
    }

    public LoginEvent(Long accountId, String login, Instant at, Outcome outcome, String remoteAddr) {
        this.accountId = accountId;
        this.login = login;
        this.at = at;
        this.outcome = outcome;
        this.remoteAddr = remoteAddr;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getLogin() {
        return login;
    }

    public Instant getAt() {
        return at;
    }
}
