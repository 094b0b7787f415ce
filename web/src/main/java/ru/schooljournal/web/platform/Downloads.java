package ru.schooljournal.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import ru.schooljournal.platform.RuleViolation;

/**
 * What the servlets that send a file (a report's .xlsx or PDF, a printout) share: the attachment's header with its
 * Russian file name, and a refusal of the business layer as 403 or 400 with its reason in Russian on the error page.
 */
public final class Downloads {

    private static final Logger LOG = Logger.getLogger(Downloads.class.getName());

    private Downloads() {
    }

    /** Starts an attachment of {@code contentType} named {@code file} (UTF-8 in the header, as browsers read it). */
    public static void attachment(HttpServletResponse response, String file, String contentType) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** A refusal of the business layer as 403 or 400 with its reason; false for anything else (a failure). */
    public static boolean refused(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String denied = JournalExceptionHandler.deniedKey(e);
        RuleViolation rule = JournalExceptionHandler.ruleViolation(e);
        if (denied != null) {
            LOG.info(() -> "Download refused: " + request.getRemoteUser() + " " + request.getServletPath() + "?"
                    + request.getQueryString());
            request.setAttribute(JournalExceptionHandler.DENIED_MESSAGE, text(denied));
            response.sendError(403);
            return true;
        }
        if (rule != null) {
            // The error page shows the reason as it is (a sendError message would be escaped once more).
            request.setAttribute(PageAddress.MESSAGE, text(rule.messageKey(), rule.args()));
            response.sendError(400);
            return true;
        }
        return false;
    }

    private static String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, UiLocale.DEFAULT);
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? text : new java.text.MessageFormat(text, UiLocale.DEFAULT).format(args);
    }
}
