package ru.schooljournal.web.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import ru.schooljournal.access.boundary.SignIn;
import ru.schooljournal.web.platform.Texts;

/** «Сменить пароль»: also the page a first sign-in with an issued password must pass through. */
@Named
@RequestScoped
public class PasswordPage {

    @EJB
    SignIn signIn;

    @Inject
    Texts texts;

    private String current;
    private String fresh;
    private String repeat;

    public boolean isForced() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return Boolean.TRUE.equals(request.getSession().getAttribute(PasswordChangeFilter.MUST_CHANGE));
    }

    public void save() throws IOException {
        if (fresh == null || !fresh.equals(repeat)) {
            texts.error("password.mismatch");
            return;
        }
        Optional<String> refusal = signIn.changePassword(current, fresh);
        if (refusal.isPresent() && refusal.get().equals(SignIn.LOCKED_ON_PASSWORD_PAGE)) {
            // Too many wrong current passwords: the account is locked and this session ends.
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) ec.getRequest();
            try {
                request.logout();
            } catch (jakarta.servlet.ServletException e) {
                // the session ends below all the same
            }
            ec.invalidateSession();
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml?locked=true");
            return;
        }
        if (refusal.isPresent()) {
            texts.error(refusal.get());
            return;
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.getSession().removeAttribute(PasswordChangeFilter.MUST_CHANGE);
        // Whoever else is signed in with the old password is signed out now.
        if (request.getUserPrincipal() != null) {
            SignedInSessions.endOthers(request.getUserPrincipal().getName(), request.getSession());
        }
        ec.getFlash().setKeepMessages(true);
        texts.info("password.changed");
        ec.redirect(ec.getRequestContextPath() + Home.pathFor(request::isUserInRole));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getFresh() {
        return fresh;
    }

    public void setFresh(String fresh) {
        this.fresh = fresh;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
