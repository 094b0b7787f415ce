package ru.schooljournal.school.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.logging.Logger;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.school.control.SchoolFounding;


/**
 * The first start of an empty installation: the very first school and its administrator are created
 * through the UI («Первичная настройка», {@code /first-setup.xhtml}), not with SQL. Only while the
 * database holds no school at all, and only with the one-time setup code that the server prints in its
 * log at start (or the one given in {@code JOURNAL_SETUP_CODE}) — so that whoever reaches a fresh server
 * first over the network cannot make themselves its administrator.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll // nobody is signed in yet: the setup code is the credential
public class Installation {

    private static final Logger LOG = Logger.getLogger(Installation.class.getName());

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    private String setupCode;

    @PostConstruct
    void announce() {
        if (!empty() || "true".equalsIgnoreCase(System.getenv("JOURNAL_DEMO_DATA"))) {
            return; // with the demo data the demo school arrives in a moment
        }
        String given = System.getenv("JOURNAL_SETUP_CODE");
        setupCode = given != null && !given.isBlank() ? given.strip() : newCode();
        LOG.warning(() -> "Пустая база: первичная настройка — откройте /first-setup.xhtml. Код первичной настройки: "
                + (given != null && !given.isBlank() ? "из JOURNAL_SETUP_CODE" : setupCode));
    }

    /** True while the installation has no school at all: then the first-setup page is open. */
    @Lock(LockType.READ)
    public boolean empty() {
        return em.createQuery("select count(s) from School s", Long.class).getSingleResult() == 0;
    }

    /** Creates the first school and its administrator; refused once any school exists. */
    @Lock(LockType.WRITE)
    public long createFirstSchool(String code, SchoolFounding.FirstSchool form) {
        if (!empty()) {
            throw new RuleViolation("firstSetup.done");
        }
        if (setupCode == null) {
            throw new RuleViolation("firstSetup.noCode");
        }
        if (code == null || !MessageDigest.isEqual(
                setupCode.getBytes(StandardCharsets.UTF_8), code.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new RuleViolation("firstSetup.badCode");
        }
        long id = SchoolFounding.found(em, form);
        setupCode = null;
        return id;
    }

    private static String newCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            sb.append(i == 4 ? '-' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
