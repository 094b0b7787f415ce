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

    /** One statement: the account's person, authority and school are read by id (access reads no other slice). */
    public Me me() {
        Caller caller = currentCaller.signedIn();
        Object[] r = (Object[]) em.createNativeQuery("""
                        select a.login, concat_ws(' ', p.last_name, p.first_name, nullif(p.middle_name, '')), e.name,
                               s.short_name, s.time_zone
                        from account a left join person p on p.id = a.person_id
                             left join education_authority e on e.id = a.authority_id left join school s on s.id = a.school_id
                        where a.id = ?1""").setParameter(1, caller.accountId()).getSingleResult();
        String name = r[1] != null && !((String) r[1]).isEmpty() ? (String) r[1] : r[2] != null ? (String) r[2] : (String) r[0];
        return new Me((String) r[0], name, (String) r[3], (String) r[4], caller.roles(), caller.personId());
    }
}
