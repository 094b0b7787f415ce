package ru.schooljournal.web.school;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.school.boundary.AuthoritySchools;
import ru.schooljournal.school.boundary.AuthoritySchools.SchoolRow;

/** An education authority's list of its schools. */
@Named
@RequestScoped
public class AuthorityPage {

    @EJB
    AuthoritySchools authoritySchools;

    private String name;
    private List<SchoolRow> schools;

    public void load() {
        name = authoritySchools.authorityName();
        schools = authoritySchools.schools();
    }

    public String getName() {
        return name;
    }

    public List<SchoolRow> getSchools() {
        return schools;
    }
}
