package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What the fault tests (*FaultIT, {@code -Pfaults}) check of every answer given while something is broken. */
final class Faults {

    private Faults() {
    }

    /**
     * The longest a request waits for a pooled connection when none is free or the database is away: one attempt of
     * the pool's wait (EclipseLink does not retry a read whose connection failed: FailFastQueries), plus 3 s for a
     * loaded 2-core machine. Measured by PoolExhaustionFaultIT: 1.01 to 1.03 s with a 1 s wait (14.0 s before, when
     * EclipseLink retried 3 more times with 5 s between).
     */
    static long poolWaitBound(long waitMs) {
        return waitMs + 3_000;
    }

    /** A personal API token of {@code user} (requests with it write no LOGIN audit entry). */
    static String token(Api api, String user) {
        Api.Reply created = api.post("/api/me/tokens", user, "{\"name\":\"Fault test\",\"days\":1}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("secret");
    }

    /** A request authenticated by an API token. */
    static Api.Reply withToken(Api api, CaseBridgeServer server, String method, String path, String token, String json,
            String ifMatch) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(server.uri(path))
                .timeout(java.time.Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            b.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json));
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return api.send(b);
    }

    /** One answer and how long it took. */
    record Timed(Api.Reply reply, long millis) {
        @Override
        public String toString() {
            return reply + " after " + millis + " ms";
        }
    }

    static Timed timed(Supplier<Api.Reply> call) {
        long start = System.nanoTime();
        Api.Reply reply = call.get();
        return new Timed(reply, (System.nanoTime() - start) / 1_000_000);
    }

    /** A 503 problem document with Retry-After, naming an incident, with no exception or SQL in it. */
    static void assertUnavailable(Api.Reply reply) {
        assertEquals(503, reply.status(), reply.toString());
        assertTrue(String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json"), reply.toString());
        assertNotNull(reply.header("Retry-After"), reply.toString());
        assertEquals(503, reply.json().getInt("status"), reply.toString());
        String lower = reply.body().toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("exception") || lower.contains("select ") || lower.contains("insert "), reply.body());
    }

    /** Stack trace frames ("\tat ...") in what the server logged. */
    static List<String> stackFrames(ServerLog log) {
        return log.settled().text().lines().filter(l -> l.matches("^\\s+at \\S+\\(.*\\)$")).toList();
    }
}
