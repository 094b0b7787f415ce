package ru.schooljournal.web.access;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The sessions each login is signed in to on this server, so that a password change ends the others (SPEC §3,
 * ASVS 3.3.3): a password someone else learnt stops working for them at once, not when their session times
 * out. In a cluster each node ends its own; sessions kept elsewhere end at their timeout (README).
 */
@WebListener
public class SignedInSessions implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());
    private static final Map<String, Set<HttpSession>> BY_LOGIN = new ConcurrentHashMap<>();
    private static final String LOGIN = SignedInSessions.class.getName() + ".login";

    static void signedIn(String login, HttpSession session) {
        String key = login.toLowerCase();
        session.setAttribute(LOGIN, key);
        BY_LOGIN.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends every session of {@code login} but {@code kept}; returns how many were ended. */
    static int endOthers(String login, HttpSession kept) {
        Set<HttpSession> sessions = BY_LOGIN.getOrDefault(login.toLowerCase(), Set.of());
        int ended = 0;
        for (HttpSession s : Set.copyOf(sessions)) {
            if (s == kept || kept != null && s.getId().equals(kept.getId())) {
                continue;
            }
            sessions.remove(s);
            try {
                s.invalidate();
                ended++;
            } catch (IllegalStateException alreadyGone) {
                // ended meanwhile
            }
        }
        int count = ended;
        LOG.info(() -> "Password of " + login + " changed: " + count + " other session(s) ended");
        return ended;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object login;
        try {
            login = event.getSession().getAttribute(LOGIN);
        } catch (IllegalStateException e) {
            return;
        }
        if (login instanceof String key) {
            Set<HttpSession> sessions = BY_LOGIN.get(key);
            if (sessions != null) {
                sessions.remove(event.getSession());
                if (sessions.isEmpty()) {
                    BY_LOGIN.remove(key, sessions);
                }
            }
        }
    }
}
