package ru.schooljournal.web.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * While a user signed in with an issued (temporary) password, every page leads to the password change
 * (SPEC §3: the first sign-in forces a new password).
 */
@WebFilter(urlPatterns = {"*.xhtml", "/home"})
public class PasswordChangeFilter extends HttpFilter {

    static final String MUST_CHANGE = "journal.mustChangePassword";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))
                && !path.equals("/password.xhtml") && !path.equals("/login.xhtml") && !path.startsWith("/error/")) {
            response.sendRedirect(request.getContextPath() + "/password.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
