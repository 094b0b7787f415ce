package ru.schooljournal.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
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
 * A person using the journal over HTTP, as a browser would without JavaScript: their own cookies, the
 * login form posted with its view state, redirects followed.
 */
final class WebUser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's Content-Security-Policy nonce, which PrimeFaces' script adds to every post a browser sends. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** A request that gets no answer in this time fails the test rather than hanging the suite. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http;

    WebUser(URL url) {
        URL base = Deployments.loopback(url);
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // as browsers speak to it on plain http: no h2c upgrade
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens a page (path relative to the application, e.g. "teacher/classes.xhtml"). */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build());
    }

    /** Downloads a file (path relative to the application). */
    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Fills in and submits the login form; the response is the page the user lands on. */
    HttpResponse<String> signIn(String login, String password) {
        HttpResponse<String> form = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:login", login);
        fields.put("loginForm:password", password);
        fields.put("loginForm:signIn", "");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        nonce(form.body(), fields);
        return post(form.uri(), fields);
    }

    /** As a browser's PrimeFaces script does: the page's CSP nonce goes with the post. */
    static void nonce(String html, Map<String, String> fields) {
        Matcher m = NONCE.matcher(html);
        if (m.find()) {
            fields.put("primefaces.nonce", m.group(1));
        }
    }

    /** Posts the page's form named {@code form}, pressing {@code button}. */
    HttpResponse<String> submit(HttpResponse<String> page, String form, String button, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.putAll(values);
        fields.put(button, button);
        fields.put("jakarta.faces.ViewState", viewState(page.body()));
        nonce(page.body(), fields);
        return post(page.uri(), fields);
    }

    private static final Pattern ROW_KEYS = Pattern.compile("rowKeys:\\[([^\\]]*)\\]");
    private static final Pattern HEADERS = Pattern.compile("colHeaders:\\[(.*?)\\],");

    /**
     * Types {@code value} into the journal grid's cell of the lesson whose topic is {@code topic}, in the
     * {@code row}-th student's row, as the grid's own AJAX request sends it (the sheet's change format).
     */
    HttpResponse<String> saveCell(HttpResponse<String> sheetPage, String topic, int row, String value) {
        String html = sheetPage.body();
        Matcher keys = ROW_KEYS.matcher(html);
        Matcher headers = HEADERS.matcher(html);
        if (!keys.find() || !headers.find()) {
            throw new AssertionError("not a journal grid: " + sheetPage.uri());
        }
        String rowKey = keys.group(1).split(",")[row].replace("\"", "");
        String[] cols = headers.group(1).split("\",\"");
        int col = -1;
        for (int i = 0; i < cols.length; i++) {
            if (cols[i].contains(topic)) {
                col = i;
            }
        }
        if (col < 0) {
            throw new AssertionError("no lesson «" + topic + "» in the grid");
        }
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
        fields.put("jakarta.faces.ViewState", viewState(html));
        nonce(html, fields);
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(sheetPage.uri()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts exactly these fields (no view state or nonce added): as a client without the page's script would. */
    HttpResponse<String> post(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no Faces view state in the page:\n" + html);
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
