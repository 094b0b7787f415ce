package ru.schooljournal.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.PasswordHash;
import ru.schooljournal.access.control.PasswordRule;
import ru.schooljournal.access.entity.Account;
import ru.schooljournal.access.entity.LoginEvent;
import ru.schooljournal.access.entity.LoginEvent.Outcome;
import ru.schooljournal.access.entity.Role;

/**
 * Checks a login and password, counts failures and locks an account after five in a row (SPEC §3).
 * Each attempt runs in its own transaction with the account row locked, so that parallel guesses are
 * all counted; every attempt is written to the login log.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());
    /** Spent on unknown logins too, so that timing does not tell which logins exist. */
    static final int DEFAULT_TEMPORARY_PASSWORD_DAYS = 14;

    private static final String DUMMY_HASH = PasswordHash.hash("not-a-password-0");

    public record Result(Outcome outcome, String login, Set<Role> roles, boolean mustChangePassword,
                         Instant lockedUntil) {
        public boolean ok() {
            return outcome == Outcome.SUCCESS;
        }
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result check(String login, String password, String remoteAddr) {
        Instant now = Instant.now();
        String name = login == null ? "" : login.trim();
        List<Account> found = em.createQuery("select a from Account a where lower(a.login) = lower(:login)",
                        Account.class)
                .setParameter("login", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            PasswordHash.verify(password == null ? "" : password, DUMMY_HASH);
            return log(null, name, now, Outcome.UNKNOWN, remoteAddr, null);
        }
        Account account = found.get(0);
        if (!account.isActive()) {
            return log(account, name, now, Outcome.INACTIVE, remoteAddr, null);
        }
        if (account.isLockedAt(now)) {
            return log(account, name, now, Outcome.LOCKED, remoteAddr, account.getLockedUntil());
        }
        if (password == null || !PasswordHash.verify(password, account.getPasswordHash())) {
            boolean lockedNow = account.recordFailure(now);
            if (lockedNow) {
                LOG.warning(() -> "Account " + account.getLogin() + " locked after "
                        + Account.MAX_FAILED_ATTEMPTS + " failed sign-ins, last from " + remoteAddr);
                return log(account, name, now, Outcome.LOCKED, remoteAddr, account.getLockedUntil());
            }
            return log(account, name, now, Outcome.WRONG_PASSWORD, remoteAddr, null);
        }
        int days = account.getSchoolId() == null ? DEFAULT_TEMPORARY_PASSWORD_DAYS : ((Number) em.createNativeQuery(
                "select temporary_password_days from school where id = ?1").setParameter(1, account.getSchoolId())
                .getSingleResult()).intValue();
        if (account.temporaryPasswordExpiredAt(now, days)) {
            return log(account, name, now, Outcome.EXPIRED, remoteAddr, null);
        }
        account.recordSuccess(now);
        return log(account, account.getLogin(), now, Outcome.SUCCESS, remoteAddr, null);
    }

    private Result log(Account account, String login, Instant now, Outcome outcome, String remoteAddr,
                       Instant lockedUntil) {
        em.persist(new LoginEvent(account == null ? null : account.getId(), truncate(login, 100), now, outcome,
                truncate(remoteAddr, 64)));
        return new Result(outcome, account == null ? login : account.getLogin(),
                account == null ? Set.of() : account.getRoles(),
                account != null && account.isMustChangePassword(), lockedUntil);
    }

    /**
     * The signed-in user sets a new password (first login forces this). Returns the key of the message
     * explaining a refusal, or empty when the password was changed.
     */
    /** The refusal after which the page signs the user out: the account is locked now. */
    public static final String LOCKED_ON_PASSWORD_PAGE = "password.locked";

    public Optional<String> changePassword(String currentPassword, String newPassword) {
        Account account = em.find(Account.class, caller.signedIn().accountId(), LockModeType.PESSIMISTIC_WRITE);
        if (currentPassword == null || !PasswordHash.verify(currentPassword, account.getPasswordHash())) {
            // Counted as a wrong sign-in: the password page is no way to guess a password without limit.
            Instant now = Instant.now();
            if (account.recordFailure(now)) {
                LOG.warning(() -> "Account " + account.getLogin() + " locked after " + Account.MAX_FAILED_ATTEMPTS
                        + " wrong current passwords on the password page");
                log(account, account.getLogin(), now, Outcome.LOCKED, "password page", account.getLockedUntil());
                return Optional.of(LOCKED_ON_PASSWORD_PAGE);
            }
            log(account, account.getLogin(), now, Outcome.WRONG_PASSWORD, "password page", null);
            return Optional.of("password.currentWrong");
        }
        Optional<String> violation = PasswordRule.violation(account.getLogin(), newPassword);
        if (violation.isPresent()) {
            return violation;
        }
        if (newPassword.equals(currentPassword)) {
            return Optional.of("password.sameAsOld");
        }
        account.changePassword(PasswordHash.hash(newPassword));
        return Optional.empty();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
