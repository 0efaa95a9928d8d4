package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Complete records over REST: events, support plans and perpetrators edited against their own version and
 * voided with a reason (gone for those who work on the case, marked for supervisors, never deleted), a
 * plan's actual end, the case's narrative; each change in the history by field name, never by value.
 */
class CaseRecordsApiIT {

    private final Api api = Api.rest();

    private static Api.Reply send(Api api, String method, String path, String user, String json, String ifMatch) {
        return api.send(Cases.request(user, TestSettings.DEMO_PASSWORD, method, path, json).header("If-Match", ifMatch));
    }

    @Test
    void aPerpetratorIsEditedThenVoidedWithAReasonAndStaysForSupervisors() {
        JsonObject c = Cases.open(api, "cw1-jm", "records-" + UUID.randomUUID());
        String path = Cases.path(c);
        Api.Reply added = api.post(path + "/perpetrators", "cw1-jm", "{\"name\":\"Canary Suspect\",\"roles\":[\"TRANSPORTER\"]}");
        assertEquals(201, added.status(), added.toString());
        long id = added.json().getJsonNumber("id").longValue();
        String p = path + "/perpetrators/" + id;
        String version = "\"" + added.json().getJsonNumber("version").longValue() + "\"";

        Api.Reply missing = api.send(Cases.request("cw1-jm", TestSettings.DEMO_PASSWORD, "PUT", p,
                "{\"name\":\"Changed\",\"roles\":[\"TRANSPORTER\"]}"));
        assertEquals(428, missing.status(), "If-Match is required");
        Api.Reply edited = send(api, "PUT", p, "cw1-jm", "{\"name\":\"Canary Changed\",\"roles\":[\"TRANSPORTER\"],"
                + "\"organisation\":\"Canary Ltd\"}", version);
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Canary Changed", edited.json().getString("name"));
        Api.Reply stale = send(api, "PUT", p, "cw1-jm", "{\"name\":\"Overwrite\",\"roles\":[\"TRANSPORTER\"]}", version);
        assertEquals(412, stale.status(), "a change made against an older version is refused: " + stale);
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'UPDATE' and record_type = 'perpetrator'"
                + " and record_id = ? and detail = ?", Long.toString(id), "fields=name,organisation case=" + c.getJsonNumber("id")),
                "field names, never values");

        String now = edited.header("ETag");
        assertEquals(400, send(api, "POST", p + "/void", "cw1-jm", "{\"reason\":\"\"}", now).status(), "a reason is required");
        Api.Reply voided = send(api, "POST", p + "/void", "cw1-jm", "{\"reason\":\"Entered in the wrong case\"}", now);
        assertEquals(200, voided.status(), voided.toString());
        assertEquals(0, api.get(path, "cw1-jm").json().getJsonArray("perpetrators").size(), "gone for the caseworker");
        JsonObject seen = api.get(path, "sup-jm").json().getJsonArray("perpetrators").getJsonObject(0);
        assertEquals("Canary Changed", seen.getString("name"), "the supervisor still sees it");
        assertEquals("cw1-jm", seen.getJsonObject("voided").getString("by"));
        assertEquals("Entered in the wrong case", seen.getJsonObject("voided").getString("reason"));
        assertEquals(409, send(api, "PUT", p, "cw1-jm", "{\"name\":\"Again\",\"roles\":[\"TRANSPORTER\"]}",
                voided.header("ETag")).status(), "a voided entry no longer changes");

        List<JsonObject> history = api.get(path + "/history", "cw1-jm").array().getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(h -> h.getString("recordType").equals("perpetrator")
                && h.getString("action").equals("STATE_CHANGE") && h.getString("detail").startsWith("voided")), history.toString());
        assertTrue(history.stream().anyMatch(h -> h.getString("recordType").equals("perpetrator")
                && h.getString("action").equals("UPDATE")), history.toString());
        assertFalse(history.toString().contains("Canary"), "no values in the history");
    }

    @Test
    void anEventIsEditedAndAnOtherCasesEntryIsRefusedWithItsCountry() {
        JsonObject c = Cases.open(api, "cw1-jm", "records-" + UUID.randomUUID());
        String path = Cases.path(c);
        Api.Reply added = api.post(path + "/events", "cw1-jm", "{\"type\":\"RECRUITMENT\",\"countryCode\":\"JM\"}");
        long id = added.json().getJsonNumber("id").longValue();
        String version = "\"" + added.json().getJsonNumber("version").longValue() + "\"";
        Api.Reply edited = send(api, "PUT", path + "/events/" + id, "cw1-jm",
                "{\"type\":\"EXPLOITATION\",\"place\":\"Ocho Rios\",\"date\":\"" + LocalDate.now().minusDays(3) + "\"}", version);
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("EXPLOITATION", edited.json().getString("type"));
        assertFalse(edited.json().containsKey("countryCode"));

        JsonObject other = Cases.open(api, "cw1-bs", "records-" + UUID.randomUUID());
        long before = Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = 'cw1-bs'"
                + " and record_type = 'case_event' and record_id = ? and record_country = 'JM'", Long.toString(id));
        Api.Reply reached = send(api, "POST", Cases.path(other) + "/events/" + id + "/void", "cw1-bs", "{\"reason\":\"x\"}",
                edited.header("ETag"));
        assertEquals(404, reached.status(), reached.toString());
        assertEquals(before + 1, Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = 'cw1-bs'"
                + " and record_type = 'case_event' and record_id = ? and record_country = 'JM'", Long.toString(id)));
        assertEquals(1, api.get(path, "cw1-jm").json().getJsonArray("events").size(), "untouched");
    }

    @Test
    void aPlansActualEndIsFilledButNeverBeforeItStarted() {
        JsonObject c = Cases.open(api, "cw1-jm", "records-" + UUID.randomUUID());
        String path = Cases.path(c);
        Api.Reply added = api.post(path + "/support-plans", "cw1-jm", "{\"type\":\"HEALTH\",\"objectives\":\"Medical care\"}");
        assertEquals(201, added.status(), added.toString());
        String today = LocalDate.now().toString();
        assertEquals(today, added.json().getString("startedOn"));
        String p = path + "/support-plans/" + added.json().getJsonNumber("id").longValue();
        String version = "\"" + added.json().getJsonNumber("version").longValue() + "\"";
        Api.Reply early = send(api, "PUT", p, "cw1-jm", "{\"type\":\"HEALTH\",\"objectives\":\"Medical care\",\"actualEnd\":\""
                + LocalDate.now().minusDays(1) + "\"}", version);
        assertEquals(400, early.status());
        assertTrue(early.body().contains("The actual end cannot be before the plan started (" + today + ")."), early.body());
        Api.Reply ended = send(api, "PUT", p, "cw1-jm", "{\"type\":\"HEALTH\",\"objectives\":\"Medical care\",\"actualEnd\":\""
                + today + "\"}", version);
        assertEquals(200, ended.status(), ended.toString());
        assertEquals(today, api.get(path, "cw1-jm").json().getJsonArray("supportPlans").getJsonObject(0).getString("actualEnd"));
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'UPDATE' and record_type = 'support_plan'"
                + " and detail like 'fields=actualEnd case=%'"
                + " and record_id = ?", Long.toString(added.json().getJsonNumber("id").longValue())));
    }

    @Test
    void theNarrativeIsWrittenWithinItsLimitAndAuditedAsAFieldChange() {
        JsonObject c = Cases.open(api, "cw1-jm", "records-" + UUID.randomUUID());
        String path = Cases.path(c);
        String id = Long.toString(c.getJsonNumber("id").longValue());
        ServerLog log = ServerLog.from();
        Api.Reply written = send(api, "PUT", path + "/narrative", "cw1-jm",
                "{\"text\":\"Canary story: promised hotel work\\nPassport taken.\"}", Cases.etag(api, path, "cw1-jm"));
        assertEquals(200, written.status(), written.toString());
        assertEquals("Canary story: promised hotel work\nPassport taken.", written.json().getString("narrative"));
        assertEquals(1, Cases.count("select count(*) from audit_entry where action = 'UPDATE' and record_type = 'case_file'"
                + " and record_id = ? and detail = 'fields=narrative'", id));
        Api.Reply tooLong = send(api, "PUT", path + "/narrative", "cw1-jm", "{\"text\":\"" + "x".repeat(10_001) + "\"}",
                written.header("ETag"));
        assertEquals(400, tooLong.status(), "refused, never cut");
        assertEquals(412, send(api, "PUT", path + "/narrative", "cw1-jm", "{\"text\":\"late\"}", "\"0\"").status());
        assertEquals(0, Cases.count("select count(*) from audit_entry where detail like '%Canary story%'"), "never in the trail");
        assertFalse(log.text().contains("Canary story"), "never logged");
        assertEquals(List.of(), log.troubleLines(), "a refused text is no incident");
    }

    @Test
    void onlyThoseWhoWorkOnTheCaseEditOrVoidItsEntriesAndEveryRefusalIsAudited() {
        JsonObject c = Cases.open(api, "cw1-jm", "records-" + UUID.randomUUID());
        String path = Cases.path(c);
        String id = Long.toString(c.getJsonNumber("id").longValue());
        Api.Reply event = api.post(path + "/events", "cw1-jm", "{\"type\":\"TRANSIT\",\"countryCode\":\"JM\"}");
        Api.Reply plan = api.post(path + "/support-plans", "cw1-jm", "{\"type\":\"HEALTH\",\"objectives\":\"care\"}");
        Api.Reply perpetrator = api.post(path + "/perpetrators", "cw1-jm", "{\"name\":\"Suspect\",\"roles\":[\"TRANSPORTER\"]}");
        List<String[]> changes = List.of(
                new String[] {"PUT", path + "/events/" + event.json().getJsonNumber("id"), "{\"type\":\"RECRUITMENT\",\"countryCode\":\"JM\"}",
                    event.json().getJsonNumber("version").toString()},
                new String[] {"POST", path + "/events/" + event.json().getJsonNumber("id") + "/void", "{\"reason\":\"probe\"}",
                    event.json().getJsonNumber("version").toString()},
                new String[] {"PUT", path + "/support-plans/" + plan.json().getJsonNumber("id"), "{\"type\":\"LEGAL\",\"objectives\":\"x\"}",
                    plan.json().getJsonNumber("version").toString()},
                new String[] {"POST", path + "/support-plans/" + plan.json().getJsonNumber("id") + "/void", "{\"reason\":\"probe\"}",
                    plan.json().getJsonNumber("version").toString()},
                new String[] {"PUT", path + "/perpetrators/" + perpetrator.json().getJsonNumber("id"),
                    "{\"name\":\"Probe\",\"roles\":[\"TRANSPORTER\"]}", perpetrator.json().getJsonNumber("version").toString()},
                new String[] {"POST", path + "/perpetrators/" + perpetrator.json().getJsonNumber("id") + "/void", "{\"reason\":\"probe\"}",
                    perpetrator.json().getJsonNumber("version").toString()},
                new String[] {"PUT", path + "/narrative", "{\"text\":\"probe\"}", Cases.etag(api, path, "cw1-jm").replace("\"", "")});
        String before = api.get(path, "sup-jm").body();
        for (String user : List.of("sup-jm", "cw2-jm", "cw1-bs", "sup-bs", "partner1-jm", "analyst", "admin")) {
            for (String[] change : changes) {
                long denied = Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = ?"
                        + " and record_type = 'case_file' and record_id = ? and record_country = 'JM'", user, id);
                Api.Reply r = send(api, change[0], change[1], user, change[2], "\"" + change[3] + "\"");
                assertEquals(404, r.status(), user + " " + change[0] + " " + change[1] + ": " + r);
                assertEquals(denied + 1, Cases.count("select count(*) from audit_entry where outcome = 'DENIED' and username = ?"
                        + " and record_type = 'case_file' and record_id = ? and record_country = 'JM'", user, id),
                        user + " " + change[1] + ": DENIED naming the case and its country");
            }
        }
        assertEquals(before, api.get(path, "sup-jm").body(), "nothing changed");
    }
}
