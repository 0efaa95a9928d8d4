package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;

/** Export jobs for black-box tests: ask for one and wait until it has ended. */
final class Exports {

    private Exports() {
    }

    /** Asks for an export as {@code user}; asserts 202 with a Location; returns the job. */
    static JsonObject ask(Api api, String user, String json) {
        Api.Reply r = api.post("/api/exports", user, json);
        assertEquals(202, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        assertEquals(true, r.header("Location").endsWith("/api/exports/" + id), r.header("Location"));
        return r.json();
    }

    /** Polls the job until it is DONE or FAILED (at most 90 s); returns it as it ended. */
    static JsonObject awaitEnd(Api api, String user, long id) {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            Api.Reply r = api.get("/api/exports/" + id, user);
            assertEquals(200, r.status(), r.toString());
            String status = r.json().getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return r.json();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("export " + id + " did not end in 90 s");
        return null;
    }

    static long id(JsonObject job) {
        return job.getJsonNumber("id").longValue();
    }
}
