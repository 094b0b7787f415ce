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
}
