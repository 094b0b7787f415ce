package ru.schooljournal.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.ReportJobs;
import ru.schooljournal.web.platform.Texts;

/**
 * «Построить в фоне»: a report's page hands its name and filter (the page's own address query) to the
 * report-generation job; the user goes on to «Мои отчёты», where the file appears when it is built.
 */
@Named
@RequestScoped
public class BackgroundReport {

    @EJB
    ReportJobs jobs;

    @Inject
    Texts texts;

    public String start() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Map<String, String> q = query(params.getOrDefault("query", ""));
        try {
            jobs.start(params.getOrDefault("report", ""), ReportFilters.of(q::get));
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
            return null;
        } catch (AccessDenied denied) {
            texts.error(denied.messageKey());
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        texts.info("reports.background.started");
        return "/school/reports/mine?faces-redirect=true";
    }

    private static Map<String, String> query(String query) {
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

}
