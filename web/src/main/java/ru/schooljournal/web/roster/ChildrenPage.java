package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.roster.boundary.Family;
import ru.schooljournal.roster.boundary.Family.Child;

/** «Мои дети»: a parent's children, each with their class and a way into their diary. */
@Named
@RequestScoped
public class ChildrenPage {

    @EJB
    Family family;

    private List<Child> children;

    public void load() {
        children = family.myChildren();
    }

    public List<Child> getChildren() {
        return children;
    }
}
