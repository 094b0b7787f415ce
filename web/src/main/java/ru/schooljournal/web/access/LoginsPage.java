package ru.schooljournal.web.access;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.roster.boundary.Logins;
import ru.schooljournal.roster.boundary.Logins.Holder;
import ru.schooljournal.roster.boundary.Logins.Slip;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.ClassRoster;
import ru.schooljournal.web.platform.Texts;

/**
 * «Логины класса»: the class teacher records the consent to personal-data processing of each student and
 * parent, then issues accounts to those ticked and gets the printable sheet of credential slips (PDF).
 */
@Named
@ViewScoped
public class LoginsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the page: a student or parent, whether to issue, and the consent being typed in. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Holder holder;
        private boolean issue;
        private LocalDate consentOn;
        private String consentBy;

        Line(Holder holder) {
            this.holder = holder;
            this.issue = holder.consentOn() != null && holder.login() == null;
            this.consentOn = holder.consentOn();
            this.consentBy = holder.consentBy();
        }

        public Holder getHolder() {
            return holder;
        }

        public boolean isIssue() {
            return issue;
        }

        public void setIssue(boolean issue) {
            this.issue = issue;
        }

        public LocalDate getConsentOn() {
            return consentOn;
        }

        public void setConsentOn(LocalDate consentOn) {
            this.consentOn = consentOn;
        }

        public String getConsentBy() {
            return consentBy;
        }

        public void setConsentBy(String consentBy) {
            this.consentBy = consentBy;
        }
    }

    @EJB
    Logins logins;

    @EJB
    ClassRoster roster;

    @Inject
    Texts texts;

    @Inject
    SessionUser sessionUser;

    private Long classId;
    private String className;
    private List<Line> lines = List.of();

    public void load() {
        if (classId == null) {
            throw new RuleViolation("schedule.noClass");
        }
        className = roster.of(classId).className();
        lines = logins.ofClass(classId).stream().map(Line::new).toList();
    }

    public void recordConsent(Line line) {
        try {
            logins.recordConsent(line.holder.personId(), line.consentOn, line.consentBy);
            texts.info("logins.consentRecorded", line.holder.name());
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    /** Issues the ticked accounts and answers with the PDF of their slips. */
    public void issue() throws IOException {
        List<Long> ids = new ArrayList<>();
        lines.stream().filter(l -> l.issue).forEach(l -> ids.add(l.holder.personId()));
        if (ids.isEmpty()) {
            texts.error("logins.noneTicked");
            return;
        }
        List<Slip> slips;
        try {
            slips = logins.issue(ids);
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
            return;
        }
        CredentialSlips.answer("Логины " + className + ".pdf", sessionUser.getMe().school(), slips);
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getClassName() {
        return className;
    }

    public List<Line> getLines() {
        return lines;
    }
}
