package ru.schooljournal.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends to PostgreSQL on the test's thread, for the tests that
 * promise a constant number of queries whatever the size of the data.
 */
@ApplicationScoped
public class StatementCounter {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();
    private static volatile boolean listening;

    @PersistenceUnit(unitName = "journal")
    EntityManagerFactory emf;

    /** Starts counting on this thread; returns the statements sent from now on. */
    List<String> start() {
        if (!listening) {
            synchronized (StatementCounter.class) {
                if (!listening) {
                    emf.unwrap(Session.class).getEventManager().addListener(new SessionEventAdapter() {
                        @Override
                        public void postExecuteCall(SessionEvent event) {
                            List<String> list = STATEMENTS.get();
                            if (list != null) {
                                list.add(String.valueOf(event.getCall()));
                            }
                        }
                    });
                    listening = true;
                }
            }
        }
        List<String> list = new ArrayList<>();
        STATEMENTS.set(list);
        return list;
    }

    void stop() {
        STATEMENTS.remove();
    }
}
