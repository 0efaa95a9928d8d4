package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The administrators' security view: refusals and failed logins that no country's supervisor sees
 * reach an administrator; everyone else is refused it, and the refusal is recorded.
 */
class SecurityEventsIT {

    private static final String PATH = "/api/audit/security-events";

    private final Api api = Api.rest();

    @Test
    void anAnalystProbingACaseAppearsOnTheAdministratorsSecurityView() {
        String caseId = Long.toString(Cases.open(api, "cw1-jm", "Probe " + UUID.randomUUID()).getJsonNumber("id").longValue());
        long last = Cases.count("select max(seq) from audit_entry");
        assertEquals(404, api.get("/api/cases/" + caseId, "analyst").status(), "an analyst holds no case role: the id answers like a missing case");

        List<JsonObject> events = events(PATH + "?username=analyst&outcome=DENIED&size=50");
        JsonObject probe = events.stream().filter(e -> e.getJsonNumber("sequence").longValue() > last
                && "case_file".equals(e.getString("recordType", null))).findFirst()
                .orElseThrow(() -> new AssertionError("the probe of case " + caseId + " is not listed: " + events));
        assertEquals("DENIED", probe.getString("outcome"));
        assertEquals("analyst", probe.getString("username"));
        assertTrue(absent(probe, "countryCode"), "the analyst has no country: " + probe);
        assertTrue(isNewestFirst(events), "newest first: " + events);

        long seq = probe.getJsonNumber("sequence").longValue();
        assertTrue(Cases.count("select count(*) from audit_entry where username = 'admin' and action = 'LIST'"
                + " and record_type = 'audit' and detail like 'security-events%' and (shown_ids = ? or shown_ids like ?"
                + " or shown_ids like ? or shown_ids like ?)", Long.toString(seq), seq + ",%", "%," + seq, "%," + seq + ",%") > 0,
                "reading the security view is audited with the sequence numbers shown");
    }

    @Test
    void aSupervisorIsRefusedTheSecurityViewAndTheRefusalIsOnTheRecord() {
        long before = Cases.denied("sup-jm", "audit", null);
        Api.Reply refused = api.get(PATH, "sup-jm");
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(before + 1, Cases.denied("sup-jm", "audit", null), "the refusal is recorded");
        for (String user : List.of("cw1-jm", "partner1-bs", "analyst", "fp-tt")) {
            assertEquals(403, api.get(PATH, user).status(), user);
        }
        List<JsonObject> events = events(PATH + "?username=sup-jm&size=10");
        assertTrue(events.stream().anyMatch(e -> e.getString("detail", "").contains("requires role admin")),
                "a supervisor's refusal that concerns no record country is on the administrators' view: " + events);
    }

    @Test
    void failedLoginsOfUnknownUsersAreListedButAnotherCountrysRefusalsAreLeftToItsSupervisor() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        long last = Cases.count("select max(seq) from audit_entry");
        assertEquals(401, Accounts.call(api, nobody, "Wrong-Password-123").status());
        List<JsonObject> failed = events(PATH + "?outcome=FAILED&size=20").stream()
                .filter(e -> e.getJsonNumber("sequence").longValue() > last).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals("LOGIN_FAILED", failed.get(0).getString("action"));
        assertTrue(absent(failed.get(0), "username"), "the name typed is not recorded (it may be a password)");

        String caseId = Long.toString(Cases.open(api, "cw1-jm", "Foreign " + UUID.randomUUID()).getJsonNumber("id").longValue());
        assertEquals(404, api.get("/api/cases/" + caseId, "cw1-bs").status());
        assertEquals(1, Cases.denied("cw1-bs", "case_file", caseId), "the refusal is recorded for Jamaica's supervisor");
        assertFalse(events(PATH + "?username=cw1-bs&size=200").stream().anyMatch(e -> caseId.equals(e.getString("recordId", null))),
                "a refusal by a user of a country about a record of a country is not on the administrators' view");
        assertTrue(events(PATH + "?size=200").stream().allMatch(e -> e.getString("action").equals("ALARM")
                || (e.getString("outcome").equals("DENIED") || e.getString("action").equals("LOGIN_FAILED"))
                && (absent(e, "countryCode") || absent(e, "recordCountry"))),
                "only refusals and failed logins without a country, and audit alarms");
    }

    @Test
    void badFiltersAreRefusedWithFieldErrors() {
        Api.Reply badDate = api.get(PATH + "?from=yesterday", "admin");
        assertEquals(400, badDate.status(), badDate.toString());
        assertTrue(badDate.json().getJsonObject("errors").containsKey("from"));
        Api.Reply badOutcome = api.get(PATH + "?outcome=MAYBE", "admin");
        assertEquals(400, badOutcome.status());
        Api.Reply backwards = api.get(PATH + "?from=2026-02-01&to=2026-01-01", "admin");
        assertEquals(400, backwards.status(), backwards.toString());
        assertTrue(backwards.json().getJsonObject("errors").containsKey("to"));
    }

    private List<JsonObject> events(String path) {
        Api.Reply r = api.get(path, "admin");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** JSON-B leaves out null properties. */
    private static boolean absent(JsonObject e, String name) {
        return !e.containsKey(name) || e.isNull(name);
    }

    private static boolean isNewestFirst(List<JsonObject> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).getJsonNumber("sequence").longValue() >= events.get(i - 1).getJsonNumber("sequence").longValue()) {
                return false;
            }
        }
        return true;
    }
}
