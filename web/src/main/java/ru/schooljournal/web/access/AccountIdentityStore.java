package ru.schooljournal.web.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import ru.schooljournal.access.boundary.SignIn;

/** Checks a login and password against our accounts; the account's roles become the caller's groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    SignIn signIn;

    @Inject
    SignInOutcome outcome;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIn.Result result = signIn.check(up.getCaller(), up.getPasswordAsString(), request.getRemoteAddr());
        outcome.set(result);
        if (!result.ok()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(result.login(), groups);
    }
}
