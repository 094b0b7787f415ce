package ru.schooljournal.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * The session cookie: never readable by scripts, never sent along with another site's form or request
 * ({@code SameSite=Lax}, set by the HTTP listener: a link from a mail still opens the journal signed in), and
 * over https only when the
 * journal is served over https ({@link PublicAddress#secureCookies()}). Session ids never travel in addresses
 * (web.xml: tracking by cookie only).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        // SameSite=Lax comes from the HTTP listener (payara-config/pre-boot.asadmin): Payara 6 drops the
        // attribute set here, and setting both writes it twice (payara/Payara#7254).
        if (PublicAddress.secureCookies()) {
            cookie.setSecure(true);
        }
        LOG.info(() -> "Session cookie: HttpOnly" + (cookie.isSecure() ? ", Secure" : " (not Secure: set JOURNAL_PUBLIC_URL=https://… behind https)"));
    }
}
