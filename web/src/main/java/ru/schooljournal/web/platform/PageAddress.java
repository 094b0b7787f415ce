package ru.schooljournal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A page whose subject comes from its address ({@code ?cs=…&period=…}) and could not be loaded answers in
 * Russian with a 4xx instead of drawing an empty page or failing with a 500: 400 naming the parameter that is
 * missing or not a number, 404 when the address is well-formed but names nothing the reader can open.
 * Used as {@code <f:event type="preRenderView" listener="#{pageAddress.require(bean.subject, 'cs period')}"/>}.
 */
@Named
@RequestScoped
public class PageAddress {

    /** The request attribute the error pages read the reason from. */
    public static final String MESSAGE = "journal.error.message";
    private static final Logger LOG = Logger.getLogger(PageAddress.class.getName());

    @Inject
    Texts texts;

    /**
     * A number from an address parameter (a download's, a job's filter): null when absent, refused with
     * «reports.badAddress» when it is anything but a number.
     */
    public static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("\\d{1,18}")) {
            throw new ru.schooljournal.platform.RuleViolation("reports.badAddress");
        }
        return Long.valueOf(value.trim());
    }

    /**
     * For a page whose parameters are all optional: answers 400 naming the first of {@code names} that is given
     * but is not a number, and says whether it did.
     */
    public boolean refusedNotANumber(String... names) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        for (String name : names) {
            String value = ec.getRequestParameterMap().get(name);
            if (value != null && !value.isBlank() && !value.trim().matches("\\d{1,18}")) {
                LOG.info(() -> "Page address refused (400): " + ec.getRequestServletPath() + " " + name);
                ec.getRequestMap().put(MESSAGE, texts.get("address.notANumber", name, texts.get("address.param." + name),
                        value.length() > 40 ? value.substring(0, 40) + "…" : value));
                ec.responseSendError(400, null);
                fc.responseComplete();
                return true;
            }
        }
        return false;
    }

    /** @param required the parameters the page needs, the first of them mandatory, separated by spaces */
    public void require(Object loaded, String required) throws IOException {
        if (loaded != null) {
            return;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        Map<String, String> params = ec.getRequestParameterMap();
        String[] names = required.trim().split("\\s+");
        String problem = null;
        for (int i = 0; i < names.length && problem == null; i++) {
            String value = params.get(names[i]);
            if (value == null || value.isBlank()) {
                if (i == 0) {
                    problem = texts.get("address.missing", names[i], texts.get("address.param." + names[i]));
                }
            } else if (!value.trim().matches("\\d{1,18}")) {
                problem = texts.get("address.notANumber", names[i], texts.get("address.param." + names[i]),
                        value.length() > 40 ? value.substring(0, 40) + "…" : value);
            }
        }
        int status = problem != null ? 400 : 404;
        String message = problem != null ? problem : texts.get("error.notFound.text");
        LOG.info(() -> "Page address refused (" + status + "): " + ec.getRequestServletPath() + " " + params.keySet());
        // Given to the error page as it is: the container would escape a sendError message once more.
        ec.getRequestMap().put(MESSAGE, message);
        ec.responseSendError(status, null);
        fc.responseComplete();
    }
}
