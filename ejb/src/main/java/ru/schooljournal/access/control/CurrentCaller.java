package ru.schooljournal.access.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import ru.schooljournal.access.entity.Account;

/**
 * Resolves the signed-in user to their account once per request. Every business method that scopes
 * data to the user (my classes, my children, my diary) starts here, and nothing but the password change
 * gets past it while the user still has to replace an issued password.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    private Caller caller;
    private boolean mustChangePassword;

    /**
     * The signed-in user, for any business method. While they still hold an issued (temporary) password,
     * everything is refused until they set their own (SPEC §3: the first sign-in forces a new password).
     */
    public Caller get() {
        Caller me = signedIn();
        if (mustChangePassword) {
            throw new AccessDenied("access.denied.passwordChange", me.login());
        }
        return me;
    }

    /**
     * For a batch job started by (or scheduled for) a user: this request context acts as that account, so that
     * what the job builds is what the account may see now — its rights are those of the moment the job runs.
     */
    public void actFor(long accountId) {
        Account a = em.find(Account.class, accountId);
        if (a == null || !a.isActive()) {
            throw new AccessDenied("access.denied.notSignedIn", "no active account " + accountId);
        }
        caller = new Caller(a.getId(), a.getLogin(), a.getSchoolId(),
                a.getAuthorityId(),
                a.getPersonId(), a.getRoles());
        mustChangePassword = false;
    }

    /** The signed-in user even before they have changed an issued password (password change, page header). */
    public Caller signedIn() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new AccessDenied("access.denied.notSignedIn", "no caller principal");
            }
            List<Account> found = em.createQuery("select a from Account a where lower(a.login) = lower(:login)",
                            Account.class)
                    .setParameter("login", principal.getName())
                    .getResultList();
            if (found.isEmpty() || !found.get(0).isActive()) {
                throw new AccessDenied("access.denied.notSignedIn", "no active account " + principal.getName());
            }
            Account a = found.get(0);
            caller = new Caller(a.getId(), a.getLogin(),
                    a.getSchoolId(),
                    a.getAuthorityId(),
                    a.getPersonId(),
                    a.getRoles());
            mustChangePassword = a.isMustChangePassword();
        }
        return caller;
    }
}
