package ru.schooljournal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person at a browser, as the server sees it: their own session (cookies), the sign-in form posted with its
 * view state and the page's CSP nonce (as PrimeFaces' script adds it), redirects followed.
 */
final class VirtualUser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http;

    VirtualUser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in; fails loudly when the journal does not let this login in. */
    void signIn(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:login", login);
        fields.put("loginForm:password", password);
        fields.put("loginForm:signIn", "");
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, form.body(), "view state"));
        Matcher nonce = NONCE.matcher(form.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> landed = http.send(HttpRequest.newBuilder(form.uri()).timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (landed.uri().getPath().endsWith("login.xhtml")) {
            throw new IllegalStateException("«" + login + "» could not sign in (password, lock or forced change?)");
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept-Encoding", "identity")
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static final Pattern ROW_KEYS = Pattern.compile("rowKeys:\\[([^\\]]*)\\]");

    /**
     * Types {@code value} into the grid's cell at ({@code row}, {@code col}) as the grid's own AJAX request sends it
     * (the sheet's change format), from the journal page {@code sheet} this user opened.
     */
    HttpResponse<String> saveCell(HttpResponse<String> sheet, int row, int col, String value)
            throws IOException, InterruptedException {
        String html = sheet.body();
        Matcher keys = ROW_KEYS.matcher(html);
        if (!keys.find()) {
            throw new IllegalStateException("not a journal grid: " + sheet.uri());
        }
        String rowKey = keys.group(1).split(",")[row].replace("\"", "");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "journalForm:sheet");
        fields.put("jakarta.faces.partial.execute", "journalForm:sheet");
        fields.put("jakarta.faces.partial.render", "messages");
        fields.put("jakarta.faces.behavior.event", "change");
        fields.put("jakarta.faces.partial.event", "change");
        fields.put("journalForm", "journalForm");
        fields.put("journalForm:sheet_input", String.format("{\"r%d_c%d\":[%d,%d,null,\"%s\",\"%s\"]}", row, col, row, col,
                value, rowKey));
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, html, "view state"));
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(sheet.uri()).timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String find(Pattern p, String html, String what) {
        Matcher m = p.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in the page");
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
