package ru.schooljournal.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Set;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.entity.Account;
import ru.schooljournal.access.entity.Role;

/** Who the signed-in user is, for the page header: name, school and roles. */
@Stateless
@PermitAll
public class Profile {

    /** Who is signed in, with their school's time zone for showing moments (null zone: no school). */
    public record Me(String login, String name, String school, String timeZone, Set<Role> roles, Long personId)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public Me me() {
        Caller caller = currentCaller.signedIn();
        Account a = em.find(Account.class, caller.accountId());
        String name = a.getPerson() != null ? a.getPerson().fullName()
                : a.getAuthority() != null ? a.getAuthority().getName() : a.getLogin();
        String school = a.getSchool() != null ? a.getSchool().getShortName() : null;
        String zone = a.getSchool() != null ? a.getSchool().getTimeZone() : null;
        return new Me(a.getLogin(), name, school, zone, caller.roles(), caller.personId());
    }
}
