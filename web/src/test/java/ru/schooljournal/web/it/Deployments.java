package ru.schooljournal.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the real WAR that `mvn package` built, as Payara Micro runs it. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive journal() {
        File war = new File(System.getProperty("journal.war", "target/journal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** PDFBox and what it needs, for tests that read the PDFs back on the server's side. */
    static File[] pdfBox() {
        return jarsOf(org.apache.pdfbox.Loader.class, org.apache.pdfbox.io.RandomAccessRead.class,
                org.apache.fontbox.FontBoxFont.class, org.apache.commons.logging.Log.class);
    }

    /** The jars on the test's classpath holding these classes, for a test library the WAR does not carry. */
    static File[] jarsOf(Class<?>... classes) {
        return java.util.Arrays.stream(classes).map(c -> {
            try {
                return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toArray(File[]::new);
    }

    /**
     * The application's address on the loopback interface: the container reports the machine's own network
     * address, and test traffic (the load tests above all) stays on 127.0.0.1.
     */
    static URL loopback(URL base) {
        try {
            return new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Set once the application failed to come up, so that the tests after the first fail at once. */
    private static volatile String failure;

    /**
     * Waits until the application reports itself up (schema migrated, demo school loaded), or says it failed;
     * the ceiling is for a hung server, not a duration (the demo job's time grows with its data).
     */
    static void awaitHealthy(URL base) {
        if (failure != null) {
            throw new AssertionError(failure);
        }
        URL health;
        try {
            health = new URL(loopback(base).toString().replaceAll("/$", "") + "/api/health");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        long started = System.nanoTime();
        long deadline = started + ServerSide.JOB_CEILING.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            // A plain connection with timeouts: the JDK's HttpClient once spun here without an answer.
            HttpURLConnection c = null;
            try {
                c = (HttpURLConnection) health.openConnection();
                c.setConnectTimeout(5_000);
                c.setReadTimeout(30_000);
                int status = c.getResponseCode();
                if (status == 200) {
                    return;
                }
                try (InputStream body = c.getErrorStream() != null ? c.getErrorStream() : c.getInputStream()) {
                    last = status + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8);
                }
                if (last.contains("FAILED")) {
                    break;
                }
            } catch (IOException e) {
                last = e.toString();
                if (System.nanoTime() - started > Duration.ofMinutes(3).toNanos()) {
                    break; // no answer at all for minutes: the server is gone, not slow
                }
            } finally {
                if (c != null) {
                    c.disconnect();
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        failure = "the application did not become healthy: " + last;
        throw new AssertionError(failure);
    }
}
