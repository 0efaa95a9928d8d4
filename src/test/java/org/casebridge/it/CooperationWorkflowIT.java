package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A cooperation request between Jamaica and The Bahamas over REST, as the focal points of both
 * countries would run it: consent or a legal basis for victim data, the frozen extract, the thread
 * with an attachment, acknowledgement, answer, follow-up and closure; and everyone else kept out.
 */
class CooperationWorkflowIT {

    private static final Api API = Api.rest();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aFullExchangeBetweenJamaicaAndTheBahamas() {
        String place = "CANARY-PLACE-" + UUID.randomUUID();
        JsonObject c = Cases.open(API, "fp-jm", place);
        long requests = Cases.rows("cooperation_request");

        Api.Reply refused = API.post(Cooperation.API, "fp-jm", Cooperation.body(c, "BS", false, "CASE_NUMBER", "EXPLOITATION",
                "VICTIM_NAMES").build().toString());
        assertEquals(409, refused.status(), "victim names without consent or legal basis: " + refused);
        assertTrue(refused.body().contains("consent"), refused.body());
        assertEquals(requests, Cases.rows("cooperation_request"), "nothing saved");

        JsonObject sent = Cooperation.create(API, "fp-jm", Cooperation.body(c, "BS", false, "CASE_NUMBER", "EXPLOITATION",
                "VICTIM_NAMES").add("sharingBasis", "Law-enforcement cooperation under the 2019 treaty"));
        assertEquals("SENT", sent.getString("status"));
        assertTrue(sent.getString("reference").matches("JM-CR-\\d{4}-\\d{5}"), sent.getString("reference"));
        assertEquals(c.getJsonNumber("id").longValue(), sent.getJsonNumber("caseId").longValue());
        String path = Cooperation.path(sent);
        long id = sent.getJsonNumber("id").longValue();

        Api.Reply incoming = API.get(path, "fp-bs");
        assertEquals(200, incoming.status(), incoming.toString());
        JsonObject in = incoming.json();
        assertFalse(in.containsKey("caseId"), "the requested country never gets the requesting side's case id: " + in);
        assertEquals("Testgiven", in.getJsonObject("extract").getString("givenName"));
        assertEquals(c.getString("number"), in.getJsonObject("extract").getString("caseNumber"));
        assertEquals("Law-enforcement cooperation under the 2019 treaty", in.getString("sharingBasis"), "shown to both sides");
        assertFalse(incoming.body().contains(place), "the identification place was not chosen");
        assertFalse(incoming.body().contains(LocalDate.now().minusYears(30).toString()), "nor the birth date");

        // The extract stays as it was sent when the case changes.
        String caseEtag = Cases.etag(API, Cases.path(c), "fp-jm");
        Api.Reply edit = API.put(Cases.path(c), "fp-jm", Cases.details(place + "-changed").build().toString(), caseEtag);
        assertEquals(200, edit.status(), edit.toString());
        assertEquals(in.getJsonObject("extract"), API.get(path, "fp-bs").json().getJsonObject("extract"), "frozen at sending");

        assertEquals(404, Cooperation.act(API, "fp-jm", path + "/acknowledgement", "fp-jm").status(),
                "only the requested country acknowledges");
        Api.Reply ack = Cooperation.act(API, "fp-bs", path + "/acknowledgement", "fp-bs");
        assertEquals(200, ack.status(), ack.toString());
        assertEquals("ACKNOWLEDGED", ack.json().getString("status"));

        Api.Reply message = API.post(path + "/messages", "fp-jm", Cooperation.text("The passport copy is attached."));
        assertEquals(201, message.status(), message.toString());
        long messageId = message.json().getJsonNumber("id").longValue();
        Api.Reply attached = Cooperation.upload(API, "fp-jm", path, messageId, "passport.pdf", PDF);
        assertEquals(201, attached.status(), attached.toString());
        long attachmentId = attached.json().getJsonNumber("id").longValue();
        Api.Reply script = Cooperation.upload(API, "fp-jm", path, messageId, "report.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, script.status(), "a script under a harmless name: " + script);
        assertEquals(400, Cooperation.upload(API, "fp-bs", path, messageId, "x.pdf", PDF).status(),
                "files go on one's own messages only");

        long downloads = Cases.count("select count(*) from audit_entry where username = 'fp-bs' and action = 'VIEW'"
                + " and record_type = 'cooperation_attachment' and record_id = ?", Long.toString(attachmentId));
        Api.Reply download = API.get(path + "/attachments/" + attachmentId, "fp-bs");
        assertEquals(200, download.status(), download.toString());
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), download.body());
        assertTrue(download.header("Content-Disposition").startsWith("attachment;"), "never inline");
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertEquals(downloads + 1, Cases.count("select count(*) from audit_entry where username = 'fp-bs' and action = 'VIEW'"
                + " and record_type = 'cooperation_attachment' and record_id = ?", Long.toString(attachmentId)), "downloads audited");

        assertFalse(API.get(path, "fp-jm").json().getJsonArray("messages").getJsonObject(0).containsKey("readBy"),
                "unread until the other country opens the request; the author's own reading does not count");
        assertEquals(200, API.get(path, "fp-bs").status());
        JsonObject thread = API.get(path, "fp-jm").json().getJsonArray("messages").getJsonObject(0);
        assertEquals("fp-bs", thread.getString("readBy"), "read by the other country when it opened the thread");

        Api.Reply answered = Cooperation.act(API, "fp-bs", path + "/answer", Cooperation.text("Mother found in Nassau."),
                Cases.etag(API, path, "fp-bs"));
        assertEquals("ANSWERED", answered.json().getString("status"), answered.toString());
        Api.Reply followUp = Cooperation.act(API, "fp-jm", path + "/follow-up", Cooperation.text("Can she host the victim?"),
                Cases.etag(API, path, "fp-jm"));
        assertEquals("ACKNOWLEDGED", followUp.json().getString("status"), followUp.toString());
        assertEquals(1, followUp.json().getInt("followUps"));
        Cooperation.act(API, "fp-bs", path + "/answer", Cooperation.text("Yes."), Cases.etag(API, path, "fp-bs"));
        Api.Reply closed = Cooperation.act(API, "fp-jm", path + "/closure", "fp-jm");
        assertEquals("CLOSED", closed.json().getString("status"), closed.toString());
        assertEquals(4, closed.json().getJsonArray("messages").size(), "message, answer, follow-up, answer");
        assertEquals(409, API.post(path + "/messages", "fp-bs", Cooperation.text("late")).status(), "a closed thread");
        assertEquals(409, Cooperation.act(API, "fp-jm", path + "/withdrawal", Cooperation.text("x"),
                Cases.etag(API, path, "fp-jm")).status(), "a closed request cannot be withdrawn");

        Api.Reply timings = API.get(Cooperation.API + "/timings?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now(),
                "sup-jm");
        assertEquals(200, timings.status(), timings.toString());
        JsonObject bs = timings.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("counterpart").equals("BS") && o.getString("direction").equals("OUTGOING"))
                .findFirst().orElseThrow();
        assertTrue(bs.getInt("acknowledged") >= 1 && bs.getInt("answered") >= 1, bs.toString());
        assertNotNull(bs.getJsonNumber("medianAcknowledgeHours"));
        assertTrue(id > 0);
    }

    @Test
    void onlyTheFocalPointsAndSupervisorsOfTheTwoCountriesSeeARequestAndEveryoneElseGetsNotFound() {
        JsonObject c = Cases.open(API, "fp-jm", "coop-access-" + UUID.randomUUID());
        JsonObject r = Cooperation.create(API, "fp-jm", Cooperation.body(c, "BS", false, "CASE_NUMBER"));
        String path = Cooperation.path(r);
        long id = r.getJsonNumber("id").longValue();
        for (String reader : List.of("fp-jm", "sup-jm", "fp-bs", "sup-bs")) {
            assertEquals(200, API.get(path, reader).status(), reader);
        }
        String missing = API.get(Cooperation.API + "/987654321", "fp-jm").body();
        for (String[] outsider : new String[][] {{"fp-tt", "TT"}, {"sup-tt", "TT"}, {"cw1-jm", "JM"}, {"cw1-bs", "BS"},
                {"partner1-bs", "BS"}, {"analyst", "JM"}, {"admin", "JM"}}) {
            String user = outsider[0];
            long before = Cooperation.denied(user, id, outsider[1].equals("TT") ? "JM" : outsider[1]);
            Api.Reply refused = API.get(path, user);
            assertEquals(404, refused.status(), user + ": " + refused);
            assertEquals(API.get(Cooperation.API + "/987654321", user).body(), refused.body(), user + ": exactly like a missing one");
            assertTrue(Cooperation.denied(user, id, outsider[1].equals("TT") ? "JM" : outsider[1]) > before,
                    user + ": audited DENIED with the request's id and the right country");
        }
        assertTrue(missing.contains("No such"), missing);
        assertEquals(404, Cooperation.act(API, "sup-bs", path + "/acknowledgement", "sup-bs").status(),
                "a supervisor reads but does not act for the focal points");
        assertEquals(404, API.post(path + "/messages", "sup-jm", Cooperation.text("hi")).status(), "nor writes on the thread");
        for (String user : List.of("fp-tt", "cw1-jm")) {
            Api.Reply list = API.get(Cooperation.API + "?size=200", user);
            boolean listed = list.status() == 200 && list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(o -> o.getJsonNumber("id").longValue() == id);
            assertFalse(listed, user + " never lists it: " + list);
        }
        assertEquals(403, API.get(Cooperation.API, "cw1-jm").status(), "a caseworker who is no focal point has no requests");
    }

    @Test
    void aDraftStaysWithTheRequestingCountryAndADirectionFilterSplitsTheLists() {
        JsonObject c = Cases.open(API, "fp-jm", "coop-draft-" + UUID.randomUUID());
        JsonObject draft = Cooperation.create(API, "fp-jm", Cooperation.body(c, "BS", true, "CASE_NUMBER"));
        assertEquals("DRAFT", draft.getString("status"));
        assertFalse(draft.containsKey("reference"), "no reference spent on a draft");
        String path = Cooperation.path(draft);
        long id = draft.getJsonNumber("id").longValue();
        assertEquals(404, API.get(path, "fp-bs").status(), "the requested country does not see a draft");
        assertFalse(ids(API.get(Cooperation.API + "?direction=INCOMING&size=200", "fp-bs")).contains(id));
        assertTrue(ids(API.get(Cooperation.API + "?direction=OUTGOING&size=200", "fp-jm")).contains(id));
        assertFalse(ids(API.get(Cooperation.API + "?direction=INCOMING&size=200", "fp-jm")).contains(id));
        Api.Reply sent = Cooperation.act(API, "fp-jm", path + "/sending", "fp-jm");
        assertEquals("SENT", sent.json().getString("status"), sent.toString());
        assertTrue(ids(API.get(Cooperation.API + "?direction=INCOMING&status=SENT&counterpart=JM&size=200", "fp-bs")).contains(id));
        assertEquals(400, API.get(Cooperation.API + "?direction=SIDEWAYS", "fp-bs").status());
        assertEquals(400, API.get(Cooperation.API + "?counterpart=J%25", "fp-bs").status());
    }

    @Test
    void badInputIsAClearErrorAndNothingIsSaved() {
        JsonObject c = Cases.open(API, "fp-jm", "coop-bad-" + UUID.randomUUID());
        long requests = Cases.rows("cooperation_request");
        for (String bad : List.of(
                Cooperation.body(c, "JM", false, "CASE_NUMBER").build().toString(),
                Cooperation.body(c, "BS", false).build().toString(),
                Cooperation.body(c, "BS", false, "NOTES").build().toString(),
                Cooperation.body(c, "BS", false, "CASE_NUMBER").add("legalBasis", "x".repeat(1001)).build().toString(),
                Cooperation.body(c, "BS", false, "CASE_NUMBER").add("purpose", "a\u202Eb").build().toString(),
                Cooperation.body(c, "BS", false, "CASE_NUMBER").add("caseId", "12").build().toString(),
                Cooperation.body(c, "BS", false, "CASE_NUMBER").add("unknown", 1).build().toString(),
                Cooperation.body(c, "ZZ", false, "CASE_NUMBER").build().toString())) {
            Api.Reply r = API.post(Cooperation.API, "fp-jm", bad);
            assertEquals(400, r.status(), bad + " -> " + r);
        }
        assertEquals(requests, Cases.rows("cooperation_request"), "nothing saved");
        assertEquals(404, API.post(Cooperation.API, "fp-bs", Cooperation.body(c, "JM", false, "CASE_NUMBER").build().toString())
                .status(), "a focal point of another country cannot reach the case");
        assertEquals(403, API.post(Cooperation.API, "cw1-jm", Cooperation.body(c, "BS", false, "CASE_NUMBER").build().toString())
                .status(), "only a focal point opens a request");
        assertEquals(requests, Cases.rows("cooperation_request"));
    }

    private static List<Long> ids(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

}
