package ru.schooljournal.web.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The journal's address as people reach it (printed on credential slips), from {@code JOURNAL_PUBLIC_URL}
 * (e.g. {@code https://journal.school12.ru/}); the request's own Host header — which anyone can set — only when
 * the administrator has not configured one. An https address also marks the session cookie Secure.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    /** The configured address with a trailing slash, or null. */
    public static String configured() {
        String url = System.getenv("JOURNAL_PUBLIC_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        url = url.trim();
        return url.endsWith("/") ? url : url + "/";
    }

    public static String of(HttpServletRequest request) {
        String url = configured();
        if (url != null) {
            return url;
        }
        return request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
    }

    /** The session cookie is sent over https only: behind an https proxy, or when the administrator says so. */
    public static boolean secureCookies() {
        String url = configured();
        return url != null && url.startsWith("https://") || "true".equalsIgnoreCase(System.getenv("JOURNAL_SECURE_COOKIES"));
    }
}
