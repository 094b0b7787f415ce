package ru.schooljournal.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.text.MessageFormat;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.platform.RuleViolation;

/**
 * Turns a refusal by the business layer into a clear Russian message: HTTP 403 with the reason on a page,
 * a message on an AJAX request; a broken business rule becomes a message on the same page. Anything else goes to the error page, which shows no stack trace.
 */
public class JournalExceptionHandler extends ExceptionHandlerWrapper {

    public static final String DENIED_MESSAGE = "journal.deniedMessage";
    private static final Logger LOG = Logger.getLogger(JournalExceptionHandler.class.getName());

    JournalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
            Throwable t = it.next().getContext().getException();
            if (expired(t)) {
                // A page kept open past its session, or a forged form: one line in the log, a page in Russian.
                it.remove();
                LOG.info(() -> "Expired or unknown view state from " + fc.getExternalContext().getRemoteUser() + ": "
                        + fc.getExternalContext().getRequestServletPath());
                try {
                    jakarta.servlet.http.HttpServletRequest request =
                            (jakarta.servlet.http.HttpServletRequest) fc.getExternalContext().getRequest();
                    if (Redirect.isGridSave(request)) {
                        Redirect.gridCannotSave((jakarta.servlet.http.HttpServletResponse) fc.getExternalContext().getResponse(),
                                "journalExpired");
                    } else {
                        fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/error/expired.xhtml");
                    }
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                fc.responseComplete();
                continue;
            }
            RuleViolation broken = ruleViolation(t);
            if (broken != null) {
                it.remove();
                String text = new MessageFormat(bundle(fc).getString(broken.messageKey()), bundle(fc).getLocale())
                        .format(broken.args());
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                fc.renderResponse();
                continue;
            }
            String key = deniedKey(t);
            if (key == null) {
                continue;
            }
            it.remove();
            String user = fc.getExternalContext().getRemoteUser();
            LOG.log(Level.WARNING, "Refused to {0}: {1}", new Object[]{user, rootMessage(t)});
            String text = bundle(fc).getString(key);
            if (fc.getPartialViewContext().isAjaxRequest()) {
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                fc.renderResponse();
            } else {
                ExternalContext ec = fc.getExternalContext();
                ec.getRequestMap().put(DENIED_MESSAGE, text);
                try {
                    ec.responseSendError(403, text);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                fc.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static ResourceBundle bundle(FacesContext fc) {
        return ResourceBundle.getBundle(Texts.BUNDLE, fc.getViewRoot() != null
                ? fc.getViewRoot().getLocale() : UiLocale.DEFAULT);
    }

    private static boolean expired(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** Whether an exception is a refusal by the business layer (access or a rule), not a failure. */
    public static boolean isRefusal(Throwable t) {
        return deniedKey(t) != null || ruleViolation(t) != null;
    }

    public static RuleViolation ruleViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RuleViolation r) {
                return r;
            }
        }
        return null;
    }

    /** The bundle key of the refusal behind an exception, or null when it is not a refusal. */
    public static String deniedKey(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AccessDenied denied) {
                return denied.messageKey();
            }
            if (c instanceof EJBAccessException) {
                return "access.denied.role";
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage();
    }
}
