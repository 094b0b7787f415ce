package ru.schooljournal.web.school;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.entity.Sex;
import ru.schooljournal.school.boundary.Installation;
import ru.schooljournal.school.control.SchoolFounding;
import ru.schooljournal.web.platform.Texts;

/** «Первичная настройка»: the first school and its administrator on an empty installation. */
@Named
@RequestScoped
public class FirstSetupPage {

    /** The time zones of Russia's regions, Moscow first. */
    public static final List<String> ZONES = List.of("Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara",
            "Europe/Volgograd", "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk",
            "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka");

    @EJB
    Installation installation;

    @Inject
    Texts texts;

    private String setupCode;
    private String schoolName;
    private String shortName;
    private String code;
    private String timeZone = "Europe/Moscow";
    private String lastName;
    private String firstName;
    private String middleName;
    private Sex sex;
    private String login = "admin";
    private String password;
    private String passwordAgain;

    public boolean isOpen() {
        return installation.empty();
    }

    public void create() throws IOException {
        try {
            installation.createFirstSchool(setupCode, new SchoolFounding.FirstSchool(schoolName, shortName, code, timeZone,
                    lastName, firstName, middleName, sex, login, password, passwordAgain));
        } catch (RuleViolation refused) {
            password = null;
            passwordAgain = null;
            texts.error(refused.messageKey(), refused.args());
            return;
        }
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.getFlash().setKeepMessages(true);
        texts.info("firstSetup.created", login.strip());
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
    }

    public List<String> getZones() {
        return ZONES;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public String getSetupCode() {
        return setupCode;
    }

    public void setSetupCode(String setupCode) {
        this.setupCode = setupCode;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public void setSchoolName(String schoolName) {
        this.schoolName = schoolName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
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

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
