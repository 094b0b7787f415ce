package ru.schooljournal.web.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import ru.schooljournal.web.platform.Redirect;

/**
 * While a user signed in with an issued (temporary) password, every request leads to the password change
 * (SPEC §3: the first sign-in forces a new password) — pages, AJAX requests and downloads alike; only sign-in,
 * the password page itself, the error pages, static resources and the health check are let through.
 */
@WebFilter("/*")
public class PasswordChangeFilter extends HttpFilter {

    static final String MUST_CHANGE = "journal.mustChangePassword";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE)) && !open(path)) {
            Redirect.to(request, response, "/password.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }

    /** What a user with an issued password may still open: sign-in, the password page, errors, static files, health. */
    private static boolean open(String path) {
        return path.equals("/password.xhtml") || path.equals("/login.xhtml") || path.startsWith("/error/")
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/api/health");
    }
}
