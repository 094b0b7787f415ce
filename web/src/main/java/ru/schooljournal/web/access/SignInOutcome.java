package ru.schooljournal.web.access;

import jakarta.enterprise.context.RequestScoped;
import ru.schooljournal.access.boundary.SignIn;

/** What the identity store found out about this request's sign-in attempt, for the login page's message. */
@RequestScoped
public class SignInOutcome {

    private SignIn.Result result;

    public SignIn.Result get() {
        return result;
    }

    void set(SignIn.Result result) {
        this.result = result;
    }
}
