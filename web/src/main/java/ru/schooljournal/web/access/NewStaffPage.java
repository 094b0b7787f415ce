package ru.schooljournal.web.access;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.schooljournal.roster.boundary.Logins;
import ru.schooljournal.roster.boundary.Logins.Slip;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.Sex;
import ru.schooljournal.web.platform.Texts;

/** HR adds a member of staff with their roles and prints their slip with a temporary password. */
@Named
@ViewScoped
public class NewStaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Logins logins;

    @Inject
    Texts texts;

    @Inject
    SessionUser sessionUser;

    private String lastName;
    private String firstName;
    private String middleName;
    private Sex sex;
    private String position;
    private List<String> roles = new ArrayList<>();

    /** The roles a member of staff may have. */
    public List<Role> getStaffRoles() {
        return List.of(Role.TEACHER, Role.DEPUTY, Role.DIRECTOR, Role.ADMIN, Role.SECRETARY, Role.NURSE,
                Role.PSYCHOLOGIST, Role.HR, Role.TECH);
    }

    public void add() throws IOException {
        Slip slip;
        try {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            roles.forEach(r -> chosen.add(Role.valueOf(r)));
            slip = logins.addStaff(lastName, firstName, middleName, sex, position, chosen);
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
            return;
        }
        CredentialSlips.answer("login-" + slip.login() + ".pdf", sessionUser.getMe().school(), List.of(slip));
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
