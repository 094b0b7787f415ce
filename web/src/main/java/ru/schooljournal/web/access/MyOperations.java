package ru.schooljournal.web.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.entity.Operation;

/**
 * What the signed-in user may do at all, read once per request for the menu and the page's links (a page
 * asks a dozen times). Only for showing and hiding: every business method checks again.
 */
@RequestScoped
public class MyOperations {

    @EJB
    AccessPolicy policy;

    private Set<Operation> operations;

    public boolean has(Operation op) {
        if (operations == null) {
            operations = policy.myOperations();
        }
        return operations.contains(op);
    }
}
