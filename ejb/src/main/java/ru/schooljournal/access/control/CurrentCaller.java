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
 * data to the user (my classes, my children, my diary) starts here.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    private Caller caller;

    public Caller get() {
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
                    a.getSchool() == null ? null : a.getSchool().getId(),
                    a.getAuthority() == null ? null : a.getAuthority().getId(),
                    a.getPerson() == null ? null : a.getPerson().getId(),
                    a.getRoles());
        }
        return caller;
    }
}
