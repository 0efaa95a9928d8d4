package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the requested country receives of a cooperation request, searched for data that was not chosen
 * for the extract: canary values in every victim and case field outside the extract never appear in
 * anything The Bahamas' focal point or supervisor can fetch (the request, its thread, the lists and
 * their filters, the timing figures, notifications and their e-mails, the audit trail, the case
 * search). And who is told what: the other side of each step, in the app and by e-mail without any
 * detail, and the requested country's supervisors once per passed deadline, however many sweeps run.
 */
class CooperationCanaryIT {

    private static final Api API = Api.rest();
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void nothingOutsideTheChosenExtractReachesTheOtherCountry() throws Exception {
        String canary = "Cnry" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String phone = "+1876555" + String.format("%04d", Math.floorMod(canary.hashCode(), 10000));
        String bsFocal = Notifications.user(API, "cf", "BS-DOI", "focal-point");
        String bsSupervisor = Notifications.user(API, "cs", "BS-DOI", "supervisor");
        JsonObject victim = Json.createObjectBuilder().add("givenName", canary + "Given").add("familyName", canary + "Family")
                .add("alias", canary + "Alias").add("gender", "FEMININE").add("birthDate", "1991-07-13")
                .add("citizenships", Json.createArrayBuilder().add("JM")).add("languages", Json.createArrayBuilder().add("en"))
                .add("traffickingStatus", "POSSIBLE").add("contactPhone", phone)
                .add("contactEmail", canary.toLowerCase() + "@example.org").add("contactAddress", canary + "Street 7").build();
        String intake = Json.createObjectBuilder().add("details", Cases.details(canary + "Place")).add("victim", victim)
                .add("consents", Json.createArrayBuilder().add(Cases.consent())).build().toString();
        Api.Reply opened = API.post("/api/cases", "fp-jm", intake);
        assertEquals(201, opened.status(), opened.toString());
        JsonObject c = opened.json();
        String casePath = Cases.path(c);
        assertEquals(201, API.post(casePath + "/notes", "fp-jm", "{\"text\":\"" + canary + "Note about the family\"}").status());
        assertEquals(201, API.post(casePath + "/perpetrators", "fp-jm", "{\"name\":\"" + canary + "Perp\",\"roles\":"
                + "[\"RECRUITER_OR_INTERMEDIARY\"]}").status());

        // Shared: the case number, the exploitation and the victim's gender (with a recorded legal basis).
        JsonObject sent = Cooperation.create(API, "fp-jm", Cooperation.body(c, "BS", false, "CASE_NUMBER", "EXPLOITATION",
                "VICTIM_GENDER").add("sharingBasis", "Law-enforcement cooperation under the 2019 treaty"));
        String path = Cooperation.path(sent);
        long id = sent.getJsonNumber("id").longValue();
        // A message from each side and an answer, so that the thread, notifications and mails all have something.
        assertEquals(200, Cooperation.act(API, bsFocal, path + "/acknowledgement", bsFocal).status());
        assertEquals(201, API.post(path + "/messages", "fp-jm", Cooperation.text("Any news?")).status());
        assertEquals(200, Cooperation.act(API, bsFocal, path + "/answer", Cooperation.text("Family found."),
                Cases.etag(API, path, bsFocal)).status());

        List<String> bodies = new ArrayList<>();
        for (String user : List.of(bsFocal, bsSupervisor, "fp-bs", "sup-bs")) {
            for (String get : List.of(path, path + "/messages", Cooperation.API + "?size=200", Cooperation.API + "?direction=INCOMING",
                    Cooperation.API + "?counterpart=JM&status=ANSWERED", Cooperation.API + "?type=FAMILY_TRACING",
                    Cooperation.API + "/timings?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now(),
                    "/api/notifications?size=200", "/api/cases?q=" + canary, "/api/audit/records/cooperation_request/" + id,
                    "/api/cases/" + c.getJsonNumber("id"), "/api/victims/" + Cases.victimId(c))) {
                Api.Reply r = API.get(get, user);
                assertTrue(r.status() < 500, get + " as " + user + ": " + r);
                bodies.add(get + " as " + user + " -> " + r.status() + " " + r.body());
            }
        }
        for (MimeMessage m : TestMail.await(Notifications.address(bsFocal), 2, WAIT)) {
            bodies.add("mail -> " + m.getSubject() + " " + m.getContent());
        }
        JsonObject extract = API.get(path, bsFocal).json().getJsonObject("extract");
        assertEquals(c.getString("number"), extract.getString("caseNumber"), "what was chosen is there");
        assertEquals("FEMININE", extract.getString("gender"));
        // What was asked (the address, with the canary in the search) is left out: only the answers count.
        List<String> leaks = bodies.stream().filter(b -> {
            String answer = b.substring(b.indexOf(" -> "));
            return answer.contains(canary) || answer.contains("1991-07-13") || answer.contains(phone.substring(1));
        }).toList();
        assertTrue(leaks.isEmpty(), "data outside the extract reached The Bahamas:\n" + String.join("\n", leaks));
        assertTrue(bodies.stream().anyMatch(b -> b.contains("Family found.")), "the search looked at the thread");
        assertTrue(API.get(casePath, "fp-jm").body().contains(canary + "Place"), "the canaries are there to be found on the owning side");
    }

    @Test
    void eachStepTellsTheOtherSideAndAPassedDeadlineIsEscalatedToTheRequestedSupervisorsOnce() throws Exception {
        String jmFocal = Notifications.user(API, "nj", "JM-PICA", "focal-point");
        String bsFocal = Notifications.user(API, "nb", "BS-DOI", "focal-point");
        String bsSupervisor = Notifications.user(API, "ns", "BS-DOI", "supervisor");
        String jmSupervisor = Notifications.user(API, "nu", "JM-NATFATIP", "supervisor");
        JsonObject c = Cases.open(API, "fp-jm", "coop-notify-" + UUID.randomUUID());
        JsonObject sent = Cooperation.create(API, "fp-jm", Cooperation.body(c, "BS", false, "CASE_NUMBER"));
        long id = sent.getJsonNumber("id").longValue();
        String path = Cooperation.path(sent);

        assertEquals(1, Notifications.await(API, bsFocal, "COOPERATION_RECEIVED", id, WAIT).size(), "the requested focal points");
        assertTrue(Notifications.of(API, jmFocal).stream().noneMatch(n -> n.getJsonNumber("recordId").longValue() == id),
                "not the requesting side of its own sending");
        MimeMessage received = TestMail.await(Notifications.address(bsFocal), 1, WAIT).get(0);
        assertEquals("A cooperation request was sent to your country in CaseBridge", received.getSubject());
        assertFalse(((String) received.getContent()).contains(sent.getString("reference")), "no reference in the e-mail");

        assertEquals(200, Cooperation.act(API, "fp-bs", path + "/acknowledgement", "fp-bs").status());
        assertEquals(1, Notifications.await(API, jmFocal, "COOPERATION_ACKNOWLEDGED", id, WAIT).size());
        assertEquals(201, API.post(path + "/messages", "fp-bs", Cooperation.text("Working on it.")).status());
        assertEquals(1, Notifications.await(API, jmFocal, "COOPERATION_MESSAGE", id, WAIT).size(), "the other side of the message");
        assertTrue(Notifications.of(API, bsFocal).stream().noneMatch(n -> n.getString("kind").equals("COOPERATION_MESSAGE")),
                "not the writer's own side");

        Notifications.sleep(4500);
        assertTrue(overdue(bsSupervisor, id).isEmpty(), "nothing is overdue yet after two sweeps");
        moveDeadline(id, "answer_by");
        assertEquals(1, Notifications.await(API, bsSupervisor, "COOPERATION_ANSWER_OVERDUE", id, WAIT).size());
        Notifications.sleep(6000);
        assertEquals(1, overdue(bsSupervisor, id).size(), "still once after more sweeps");
        assertEquals(1, overdue("sup-bs", id).size(), "every supervisor of the requested country");
        assertTrue(overdue(jmSupervisor, id).isEmpty(), "not the requesting country's supervisors");
        List<MimeMessage> mails = TestMail.await(Notifications.address(bsSupervisor), 1, WAIT);
        assertEquals("A cooperation request to your country was not answered in time in CaseBridge", mails.get(0).getSubject());
        assertEquals(1, Cases.count("select count(*) from audit_entry where record_type = 'cooperation_request' and record_id = ?"
                + " and detail like 'answer overdue, escalated%' and record_country = 'BS'", Long.toString(id)), "audited once");
        JsonObject row = API.get(Cooperation.API + "?overdue=true&direction=OUTGOING&size=200", "fp-jm").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertTrue(row.getJsonArray("overdue").toString().contains("ANSWER"), "overdue on the requesting side's list too: " + row);

        // A follow-up after an answer sets a new answer-by time, which is escalated again when it passes.
        assertEquals(200, Cooperation.act(API, "fp-bs", path + "/answer", Cooperation.text("Found."), Cases.etag(API, path, "fp-bs")).status());
        assertEquals(1, Notifications.await(API, jmFocal, "COOPERATION_ANSWERED", id, WAIT).size());
        assertEquals(200, Cooperation.act(API, "fp-jm", path + "/follow-up", Cooperation.text("And the father?"),
                Cases.etag(API, path, "fp-jm")).status());
        assertEquals(1, Notifications.await(API, bsFocal, "COOPERATION_FOLLOW_UP", id, WAIT).size());
        moveDeadline(id, "answer_by");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (overdue(bsSupervisor, id).size() < 2 && System.nanoTime() < deadline) {
            Notifications.sleep(300);
        }
        assertEquals(2, overdue(bsSupervisor, id).size(), "the new answer-by time escalated once more");
    }

    private static List<JsonObject> overdue(String user, long id) {
        return Notifications.of(API, user).stream().filter(n -> n.getString("kind").endsWith("_OVERDUE")
                && n.getJsonNumber("recordId").longValue() == id).toList();
    }

    private static void moveDeadline(long id, String column) {
        try (Connection db = TestDatabases.connect(CaseBridgeServer.DB);
                PreparedStatement s = db.prepareStatement("update cooperation_request set " + column + " = ? where id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
