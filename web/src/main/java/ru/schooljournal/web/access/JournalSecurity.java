package ru.schooljournal.web.access;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import ru.schooljournal.access.entity.Role;

/**
 * Form sign-in with our own login page ({@code /login.xhtml}) against our own accounts
 * ({@link AccountIdentityStore}). Each role is a group of the same name.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.ADMIN, Role.Names.DIRECTOR, Role.Names.DEPUTY, Role.Names.TEACHER, Role.Names.SECRETARY,
        Role.Names.STUDENT, Role.Names.PARENT, Role.Names.NURSE, Role.Names.PSYCHOLOGIST, Role.Names.HR,
        Role.Names.TECH, Role.Names.AUTHORITY})
public class JournalSecurity {
}
