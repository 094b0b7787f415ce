package ru.schooljournal.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.schooljournal.school.control.SchoolFounding;

/**
 * Test-only: founds a school the way the first-setup page does, in an installation that is no longer empty
 * (the tests share one database with the demo school, so the page itself is closed for them).
 */
@Stateless
@PermitAll
public class Founder {

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    public long found(SchoolFounding.FirstSchool form) {
        return SchoolFounding.found(em, form);
    }
}
