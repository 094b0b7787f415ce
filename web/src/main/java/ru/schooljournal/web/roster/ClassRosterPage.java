package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import ru.schooljournal.roster.boundary.ClassRoster;
import ru.schooljournal.roster.boundary.ClassRoster.Roster;

/** A class's students ({@code /school/class.xhtml?id=…}), each a link to their card. */
@Named
@RequestScoped
public class ClassRosterPage {

    @EJB
    ClassRoster classRoster;

    private Long id;
    private Roster roster;

    public void load() {
        roster = classRoster.of(id == null ? -1 : id);
    }

    public Roster getRoster() {
        return roster;
    }

    /** Whether the reader keeps these students' data (the class teacher, the secretary): logins, consents. */
    public boolean isKeeper() {
        return roster != null && roster.keeper();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
