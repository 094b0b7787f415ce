package ru.schooljournal.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.stream.Collectors;
import ru.schooljournal.web.platform.Texts;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.audit.boundary.AuditLog;
import ru.schooljournal.audit.boundary.AuditLog.Entry;

/** «Журнал аудита»: the administrator searches who looked at or changed whose card. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditLog auditLog;

    @Inject
    transient Texts texts;

    private String login;
    private String surname;
    private LocalDate from;
    private LocalDate to;
    private List<Entry> entries;

    public void load() {
        search();
    }

    public void search() {
        entries = auditLog.search(login, surname, from, to, 500);
    }

    /** «GENERAL,MEDICAL» → «общие сведения, медицинские»; «lastName, phone» → «Фамилия, Телефон». */
    public String words(String codes, String prefix) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return Arrays.stream(codes.split(",")).map(String::trim).map(c -> texts.get(prefix + c))
                .collect(Collectors.joining(", "));
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
