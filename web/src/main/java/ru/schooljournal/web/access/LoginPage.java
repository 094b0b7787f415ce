package ru.schooljournal.web.access;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.schooljournal.access.boundary.SignIn;
import ru.schooljournal.access.entity.Account;
import ru.schooljournal.web.platform.Texts;

/** The sign-in form: checks the credentials through Jakarta Security and sends the user to their home. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    SignInOutcome outcome;

    @Inject
    Texts texts;

    @Inject
    SignInThrottle throttle;

    private String login;
    private String password;

    public void signIn() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            texts.error("login.required");
            return;
        }
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        long wait = throttle.minutesToWait(request.getRemoteAddr());
        if (wait > 0) {
            password = null;
            texts.error("login.throttled", wait);
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(login.trim(), new Password(password)))
                .newAuthentication(true));
        SignIn.Result result = outcome.get();
        switch (status) {
            case SUCCESS -> {
                request.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE,
                        result != null && result.mustChangePassword());
                String home = result != null && result.mustChangePassword() ? "/password.xhtml"
                        : Home.pathFor(role -> result != null && result.roles().stream().anyMatch(r -> r.name().equals(role)));
                ec.redirect(ec.getRequestContextPath() + home);
            }
            case SEND_CONTINUE -> fc.responseComplete();
            default -> {
                // Jakarta Security leaves the failed attempt's state in the session, after which protected
                // pages answer with an empty 200 instead of the login page: start a clean session.
                ec.invalidateSession();
                throttle.failed(request.getRemoteAddr());
                failed(result);
            }
        }
    }

    private void failed(SignIn.Result result) {
        password = null;
        if (result == null) {
            texts.error("login.failed");
            return;
        }
        switch (result.outcome()) {
            case LOCKED -> texts.error("login.locked", Account.MAX_FAILED_ATTEMPTS,
                    Account.LOCK_DURATION.toMinutes());
            case INACTIVE -> texts.error("login.inactive");
            case EXPIRED -> texts.error("login.passwordExpired");
            default -> texts.error("login.failed");
        }
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
