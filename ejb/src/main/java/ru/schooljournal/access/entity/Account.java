package ru.schooljournal.access.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A user account: a unique login, a PBKDF2 password hash and one or more roles. An account of a school
 * belongs to a person of that school; an education-authority viewer belongs to its authority.
 * After {@link #MAX_FAILED_ATTEMPTS} wrong passwords in a row the account is locked for
 * {@link #LOCK_DURATION} (SPEC §3, brute-force protection).
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The school, the authority and the person by id: the access slice reads no other slice's entities. */
    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "authority_id")
    private Long authorityId;

    @Column(name = "person_id")
    private Long personId;

    private String login;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean active = true;
    @Column(name = "must_change_password")
    private boolean mustChangePassword = true;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    /** When the temporary password now in use was issued; null once the user has chosen their own. */
    @Column(name = "password_issued_at")
    private Instant passwordIssuedAt = Instant.now();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    private Account(Long schoolId, Long authorityId, Long personId, String login, String passwordHash, Set<Role> roles) {
        this.schoolId = schoolId;
        this.authorityId = authorityId;
        this.personId = personId;
        this.login = login;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
    }

    /** An account of a person (by id, already stored) of a school. */
    public static Account ofPerson(long schoolId, long personId, String login, String passwordHash, Set<Role> roles) {
        return new Account(schoolId, null, personId, login, passwordHash, roles);
    }

    /** An education-authority viewer's account. */
    public static Account ofAuthority(long authorityId, String login, String passwordHash) {
        return new Account(null, authorityId, null, login, passwordHash, EnumSet.of(Role.AUTHORITY));
    }

    /** A temporary password older than the school's limit no longer signs in (ASVS 2.3.1). */
    public boolean temporaryPasswordExpiredAt(Instant now, int days) {
        return mustChangePassword && passwordIssuedAt != null && !passwordIssuedAt.plus(Duration.ofDays(days)).isAfter(now);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; the fifth in a row locks the account. Returns true if it is now locked. */
    public boolean recordFailure(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** A new temporary password issued by the school: it must be replaced at the next sign-in. */
    public void issuePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.passwordIssuedAt = Instant.now();
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordIssuedAt = null;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
