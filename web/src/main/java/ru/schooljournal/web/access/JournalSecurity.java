package ru.schooljournal.web.access;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.web.platform.Redirect;

/**
 * Sign-in with our own login page ({@code /login.xhtml}) against our own accounts ({@link AccountIdentityStore});
 * each role is a group of the same name.
 * <p>
 * Our own mechanism rather than Jakarta Security's form mechanism with {@code autoApplySession}: that one
 * re-established a signed-in caller from a principal the container kept in a security context shared between
 * threads (payara/Payara#6145, fixed upstream by PR #7928 after our pinned 6.2025.10), so under concurrent
 * requests 2–13 % of pages and saves were refused with the container's 403. Here the caller's name and roles
 * live in their own HTTP session, and every request tells the container who it is from there — nothing shared.
 * An expired session on a protected page leads to the login page (an AJAX request gets a Faces redirect).
 */
@ApplicationScoped
@DeclareRoles({Role.Names.ADMIN, Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.TEACHER, Role.Names.SECRETARY,
        Role.Names.STUDENT, Role.Names.PARENT, Role.Names.NURSE, Role.Names.PSYCHOLOGIST, Role.Names.HR,
        Role.Names.TECH, Role.Names.AUTHORITY})
public class JournalSecurity implements HttpAuthenticationMechanism {

    /** The session attribute of the signed-in caller. */
    static final String SIGNED_IN = "journal.signedIn";
    static final String LOGIN_PAGE = "/login.xhtml";

    /** Who is signed in to a session: what the container needs on each request, and nothing else. */
    record SignedIn(String login, Set<String> roles) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // No 401 page: the sign-in form says why in Russian (LoginPage).
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession old = request.getSession(false);
            if (old != null) {
                request.changeSessionId(); // a new session id at sign-in: no session fixation
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SIGNED_IN,
                    new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            SignedInSessions.signedIn(result.getCallerPrincipal().getName(), session);
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Object signedIn = session == null ? null : session.getAttribute(SIGNED_IN);
        if (signedIn instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.login(), caller.roles());
        }
        if (context.isProtected()) {
            return toLoginPage(request, response);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        try {
            Redirect.to(request, response, LOGIN_PAGE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot send to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
