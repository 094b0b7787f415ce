package ru.schooljournal.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends the browser elsewhere from a filter or a mechanism: a 302, or for a Faces AJAX request its own redirect. */
public final class Redirect {

    private Redirect() {
    }

    public static void to(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + path;
        if (isGridSave(request)) {
            // The journal grid's save is never sent away: the page keeps what was typed and says what to do.
            gridCannotSave(response, "journalSignedOut");
            return;
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // Faces AJAX cannot follow a 302: it is told to go there instead.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<partial-response><redirect url=\"%s\"></redirect></partial-response>", target);
        } else {
            // The path alone: the container would prefix the request's Host header, which anyone can set.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", target);
        }
    }

    /** A save of the journal grid (its «change» request): answered, never redirected (journal-sheet.js). */
    public static boolean isGridSave(HttpServletRequest request) {
        String source = request.getParameter("jakarta.faces.source");
        return "partial/ajax".equals(request.getHeader("Faces-Request")) && source != null && source.endsWith(":sheet")
                && "change".equals(request.getParameter("jakarta.faces.behavior.event"));
    }

    /**
     * The grid's save could not be taken — the session ended ({@code journalSignedOut}) or the page is older
     * than the server ({@code journalExpired}): a Faces answer with that flag, for the grid to keep the values.
     */
    public static void gridCannotSave(HttpServletResponse response, String flag) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
                + "<extension ln=\"primefaces\" type=\"args\">{\"%s\":true}</extension></changes></partial-response>", flag);
    }
}
