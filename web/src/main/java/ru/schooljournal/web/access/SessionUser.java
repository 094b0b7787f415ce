package ru.schooljournal.web.access;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import ru.schooljournal.access.boundary.Profile;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;

/** The signed-in user for the page header and menu, and «Выход». */
@Named
@SessionScoped
public class SessionUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Profile profile;

    /** A client proxy: each request reads its own (the menu asks a dozen times a page). */
    @Inject
    MyOperations myOperations;

    private Profile.Me me;

    public Profile.Me getMe() {
        if (me == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            me = profile.me();
        }
        return me;
    }

    public boolean is(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /** Whether the matrix lets this user do an operation at all: menus show only what one may use. */
    public boolean may(String operation) {
        return myOperations.has(Operation.valueOf(operation));
    }

    /** Whether the user works at the school (any staff role). */
    public boolean isStaff() {
        return getMe() != null && getMe().roles().stream().anyMatch(Role::isStaff);
    }

    /** «Выход»: ends the session (SPEC §3, seed 002 §25). */
    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml?bye=true");
    }
}
