package ru.schooljournal.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A post that does not carry its page's Content-Security-Policy nonce — sent by a client without the page's script
 * (JavaScript off, an old tab, a script of someone's own) — is refused by PrimeFaces before the page is restored.
 * That is a stale or foreign post, not a fault of ours: a 400 with the Russian reason and one line in the log,
 * never the failure page's 500 and a stack trace.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class StalePosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StalePosts.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!fromCsp(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Refused a post without its page's nonce: " + request.getRequestURI() + " from "
                    + request.getRemoteAddr());
            // Written here, not by the error page: that page would be rendered for the same post and refused again.
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("""
                    <!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>Страница устарела</title></head>
                    <body><h1>Страница устарела</h1><p>Страница устарела или открыта без JavaScript: откройте её заново
                    (в браузере должен быть включён JavaScript) и повторите.</p>
                    <p><a href="%s/">На главную</a></p></body></html>""".formatted(request.getContextPath()));
        }
    }

    private static boolean fromCsp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }
}
