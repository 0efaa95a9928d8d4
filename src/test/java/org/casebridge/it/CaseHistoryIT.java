package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A case's history holds what belongs to the case (notes, victims and their consents, referrals...) and
 * folds reads into one line; a save that changes nothing writes no UPDATE entry (a read instead), for the
 * case and for a victim.
 */
class CaseHistoryIT {

    private final Api api = Api.rest();

    @Test
    void aSaveWithoutChangeWritesNoUpdateForTheCaseOrTheVictim() {
        String place = "unchanged-" + UUID.randomUUID();
        JsonObject c = Cases.open(api, "cw1-jm", place);
        String path = Cases.path(c);
        String id = Long.toString(c.getJsonNumber("id").longValue());
        String body = Cases.details(place).build().toString();
        assertEquals(200, api.put(path, "cw1-jm", body, Cases.etag(api, path, "cw1-jm")).status());
        long updates = updates("case_file", id);
        assertEquals(200, api.put(path, "cw1-jm", body, Cases.etag(api, path, "cw1-jm")).status());
        assertEquals(updates, updates("case_file", id), "saving the same details again is no change");
        String changed = Cases.details(place).add("riskLevel", "LOW").build().toString();
        assertEquals(200, api.put(path, "cw1-jm", changed, Cases.etag(api, path, "cw1-jm")).status());
        assertEquals(updates + 1, updates("case_file", id), "a real change is one UPDATE");
        assertEquals(1, Cases.count("select count(*) from audit_entry where record_type = 'case_file' and record_id = ?"
                + " and action = 'UPDATE' and detail = 'fields=riskLevel'", id), "naming the field changed");

        String victim = "/api/victims/" + Cases.victimId(c);
        String victimId = Long.toString(Cases.victimId(c));
        String same = Cases.victim("V-" + place.hashCode()).build().toString();
        assertEquals(200, api.put(victim, "cw1-jm", same, api.get(victim, "cw1-jm").header("ETag")).status());
        long victimUpdates = updates("victim", victimId);
        assertEquals(200, api.put(victim, "cw1-jm", same, api.get(victim, "cw1-jm").header("ETag")).status());
        assertEquals(victimUpdates, updates("victim", victimId), "the victim's details saved unchanged: no UPDATE");
    }

    @Test
    void theHistoryHoldsWhatBelongsToTheCaseAndFoldsReads() {
        JsonObject c = Cases.open(api, "cw1-jm", "history-" + UUID.randomUUID());
        String path = Cases.path(c);
        api.get(path, "cw1-jm");
        api.get(path, "sup-jm");
        api.get(path, "cw1-jm");
        assertEquals(201, api.post(path + "/notes", "cw1-jm", "{\"text\":\"History note\"}").status());
        api.get(path, "cw1-jm");
        api.get("/api/victims/" + Cases.victimId(c), "cw1-jm");

        List<JsonObject> lines = api.get(path + "/history", "cw1-jm").array().getValuesAs(JsonObject.class);
        assertTrue(lines.stream().anyMatch(l -> l.getString("recordType").equals("case_note")
                && l.getString("action").equals("CREATE")), "the note added: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.getString("recordType").equals("victim")
                && l.getString("action").equals("CREATE")), "the victim added");
        JsonObject victimRead = lines.get(0);
        assertEquals("victim", victimRead.getString("recordType"), "newest: the victim's full record read " + lines);
        JsonObject afterNote = lines.get(1);
        assertEquals("VIEW", afterNote.getString("action"));
        assertEquals(1, afterNote.getInt("views"));
        JsonObject beforeNote = lines.stream().filter(l -> l.getString("action").equals("VIEW")
                && l.getString("recordType").equals("case_file") && l.getInt("views") >= 3).findFirst().orElseThrow(
                        () -> new AssertionError("the reads before the note folded into one line: " + lines));
        assertEquals(List.of("cw1-jm", "sup-jm"), beforeNote.getJsonArray("viewers").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "each reader once, most reads first");

        Api.Reply accessed = api.get("/api/audit/records/case_file/" + c.getJsonNumber("id").longValue() + "?size=100", "sup-jm");
        assertTrue(accessed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(e ->
                "victim".equals(e.getString("recordType", "")) && "VIEW".equals(e.getString("action", ""))),
                "who accessed the case includes who read its victim's full record: " + accessed);
    }

    private static long updates(String type, String id) {
        return Cases.count("select count(*) from audit_entry where record_type = ? and record_id = ? and action = 'UPDATE'",
                type, id);
    }
}
