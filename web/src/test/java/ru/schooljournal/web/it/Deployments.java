package ru.schooljournal.web.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        // HTTP/1.1 as browsers speak on plain http (the JDK client's h2c upgrade once hung a run here), and a
        // timeout on each request, so that a server that does not answer fails the test instead of hanging it.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI health = URI.create(loopback(base).toString().replaceAll("/$", "") + "/api/health");
        long deadline = System.nanoTime() + ServerSide.JOB_CEILING.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
                if (last.contains("FAILED")) {
                    break;
                }
                Thread.sleep(500);
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        failure = "the application did not become healthy: " + last;
        throw new AssertionError(failure);
    }
}
