package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator's monitoring reads: liveness that does not depend on the database, readiness that
 * does, and the application's own metrics in Prometheus text (requests per endpoint group, audit
 * appends), with labels from fixed sets only.
 */
class OperationsSignalsIT {

    private final Api api = Api.rest();

    @Test
    void livenessIsTheInstanceAndReadinessTheDatabase() {
        Api.Reply live = api.get("/health/live");
        assertEquals(200, live.status(), live.toString());
        assertTrue(live.body().contains("\"application\""), live.body());
        assertFalse(live.body().contains("\"database\""), "a database away must not get the instance restarted: " + live.body());
        Api.Reply ready = api.get("/health/ready");
        assertEquals(200, ready.status(), ready.toString());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"accepting-requests\""), "turns DOWN on SIGTERM (GracefulShutdownIT): " + ready.body());
    }

    @Test
    void requestsPerEndpointGroupAndAuditAppendsAreCountedWithBoundedLabels() {
        double casesBefore = count(metrics(), "casebridge_requests_seconds_count", "kind=\"api\"", "group=\"cases\"",
                "method=\"GET\"", "status=\"2xx\"");
        double appendsBefore = count(metrics(), "casebridge_audit_append_seconds_count");
        double failedBefore = count(metrics(), "casebridge_logins_failed_total");
        assertEquals(401, api.get("/api/me", "nobody-" + System.nanoTime()).status());
        assertEquals(200, api.get("/api/cases?size=5", "cw1-jm").status());
        assertEquals(404, api.get("/api/no-such-thing-" + System.nanoTime(), "cw1-jm").status());
        Api browser = Api.withCookies();
        Forms.login(browser, "cw1-jm", TestSettings.DEMO_PASSWORD);
        assertEquals(200, browser.get("/cases/list.xhtml").status());

        String after = metrics();
        assertTrue(count(after, "casebridge_requests_seconds_count", "kind=\"api\"", "group=\"cases\"", "method=\"GET\"",
                "status=\"2xx\"") >= casesBefore + 1, after);
        assertTrue(count(after, "casebridge_requests_seconds_count", "kind=\"screen\"", "group=\"cases\"") >= 1, after);
        assertTrue(count(after, "casebridge_audit_append_seconds_count") >= appendsBefore + 2,
                "the list and the screen were audited: " + after);
        for (String line : after.lines().filter(l -> l.startsWith("casebridge_")).toList()) {
            assertFalse(line.contains("no-such-thing") || line.contains("cw1-jm"), "a label from what a client sent: " + line);
        }
        assertTrue(after.contains("group=\"unmatched\""), "an unknown API address is one group, whatever was typed");
        assertTrue(count(after, "casebridge_logins_failed_total") >= failedBefore + 1, "the failed login is counted: " + after);
        assertFalse(after.contains("nobody-"), "and the username typed is nowhere in the metrics");
    }

    /** The application's metrics as Prometheus scrapes them (text, not JSON). */
    private static String metrics() {
        try {
            // HTTP/1.1 as Prometheus scrapes: the default client's h2c upgrade once read this text answer as HTTP/2 frames
            // ("Frame type(116) length(6648417) exceeds MAX_FRAME_SIZE", CI on PostgreSQL, 2026-12-06)
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(CaseBridgeServer.get().base()
                            + "/metrics?scope=application")).header("Accept", "text/plain").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of the samples of {@code name} whose labels contain all of {@code labels}. */
    private static double count(String text, String name, String... labels) {
        double sum = 0;
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+([0-9.eE+-]+)$", Pattern.MULTILINE);
        Matcher m = sample.matcher(text);
        while (m.find()) {
            String set = m.group(1) == null ? "" : m.group(1);
            if (List.of(labels).stream().allMatch(set::contains)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
