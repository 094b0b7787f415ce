package ru.schooljournal.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.entity.Role;

/**
 * For tests that call the business layer inside the container as a given user: while a test acts as
 * someone, the EJBs see that user as the signed-in caller, exactly as the sign-in would resolve them (their
 * account, school, person and roles, read from the database). Deployed only with the tests that need it.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class ActingCaller extends CurrentCaller {

    /**
     * Who the current request acts as. Kept in this request-scoped bean, not in a thread-local: the server's
     * threads also serve the browser and HTTP tests, and must never inherit a test's identity.
     */
    private Caller acting;

    /** Acts as the user with this login until {@link #stop()}. */
    static void actAs(String login) throws Exception {
        List<List<Object>> rows = ServerSide.rows(
                "select id, login, school_id, authority_id, person_id from account where login = '" + login + "'");
        if (rows.isEmpty()) {
            throw new AssertionError("no account " + login);
        }
        List<Object> a = rows.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (List<Object> r : ServerSide.rows("select role from account_role where account_id = " + a.get(0))) {
            roles.add(Role.valueOf((String) r.get(0)));
        }
        current().setActing(new Caller(((Number) a.get(0)).longValue(), (String) a.get(1), toLong(a.get(2)),
                toLong(a.get(3)), toLong(a.get(4)), roles));
    }

    static void stop() {
        current().setActing(null);
    }

    private static ActingCaller current() {
        return jakarta.enterprise.inject.spi.CDI.current().select(ActingCaller.class).get();
    }

    void setActing(Caller caller) {
        this.acting = caller;
    }

    private static Long toLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    @Override
    public Caller get() {
        return acting != null ? acting : super.get();
    }

    @Override
    public Caller signedIn() {
        return acting != null ? acting : super.signedIn();
    }
}
