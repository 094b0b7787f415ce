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
 * Test only (added to the browser tests' deployment, never to the application), for the grid's saves:
 * the browser's {@code slowSaves} cookie makes each save wait that many milliseconds (a loaded server, a slow
 * school network); {@code refuseSaves=N} answers the next N saves with a bare 403, as the container once did
 * under load, before they reach the application.
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
                } else if ("refuseSaves".equals(c.getName()) && Integer.parseInt(c.getValue()) > 0) {
                    Cookie left = new Cookie("refuseSaves", String.valueOf(Integer.parseInt(c.getValue()) - 1));
                    left.setPath("/");
                    response.addCookie(left);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
