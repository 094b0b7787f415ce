package ru.schooljournal.web.it;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test only (added to the browser tests' deployment, never to the application): a grid save waits as many
 * milliseconds as the browser's {@code slowSaves} cookie says, so that a test can type faster than the
 * server answers — as on a loaded server or a slow school network.
 */
@WebFilter("/journal/sheet.xhtml")
public class SlowSaves extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && "change".equals(request.getParameter("jakarta.faces.behavior.event"))
                && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("slowSaves".equals(c.getName())) {
                    try {
                        Thread.sleep(Long.parseLong(c.getValue()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }
}
