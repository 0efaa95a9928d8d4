package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Referrals end to end over REST: a caseworker refers a victim to a partner, the partner accepts and
 * completes; sending without consent is refused until a supervisor overrides; a consent withdrawn later
 * hides the summary from the partner; and no victim data the sender did not choose reaches the partner.
 */
class ReferralWorkflowIT {

    private static final Api API = Api.rest();
    private static long safehouse;

    @BeforeAll
    static void setUp() {
        safehouse = Referrals.agencyId(API, "JM-SAFEHOUSE");
    }

    @Test
    void aCaseworkerRefersAVictimAndThePartnerAcceptsAndCompletes() {
        Api.Reply directory = API.get("/api/agencies?service=SHELTER&country=JM&partner=true", "cw1-jm");
        assertEquals(200, directory.status(), directory.toString());
        List<String> codes = directory.array().getValuesAs(JsonObject.class).stream().map(a -> a.getString("code")).toList();
        assertTrue(codes.contains("JM-SAFEHOUSE") && !codes.contains("JM-JCF-TIP") && !codes.contains("BS-CRISIS"), codes.toString());
        assertEquals(400, API.get("/api/agencies?service=SPACESHIP", "cw1-jm").status());

        JsonObject c = Cases.open(API, "cw1-jm", "referral-flow-" + UUID.randomUUID());
        JsonObject sent = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false));
        assertEquals("SENT", sent.getString("status"));
        assertEquals(c.getJsonNumber("id").longValue(), sent.getJsonNumber("caseId").longValue());
        Duration due = Duration.between(Instant.parse(sent.getString("sentAt")), Instant.parse(sent.getString("responseDue")));
        assertEquals(Duration.ofHours(24), due, "URGENT: answer due in 24 hours by default");
        assertFalse(sent.getBoolean("overdue"));
        String path = Referrals.path(sent);
        long id = sent.getJsonNumber("id").longValue();

        JsonObject inbox = API.get("/api/referrals?status=SENT&size=200", "partner1-jm").json();
        JsonObject row = inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertFalse(row.containsKey("caseId") || row.containsKey("victimId"), row.toString());
        assertEquals(1, API.get("/api/referrals?caseId=" + c.getJsonNumber("id") + "&status=SENT", "cw1-jm").json()
                .getJsonNumber("total").longValue(), "the case's referrals");

        assertEquals(428, Referrals.act(API, "partner1-jm", path + "/acceptance", null, null).status());
        assertEquals(412, Referrals.act(API, "partner1-jm", path + "/acceptance", null, "\"999\"").status());
        Api.Reply accepted = Referrals.act(API, "partner1-jm", path + "/acceptance", null, Referrals.etag(API, path, "partner1-jm"));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertFalse(accepted.json().containsKey("caseId"), "the partner's answer is the partner's view");

        Api.Reply again = Referrals.act(API, "partner1-jm", path + "/acceptance", null, accepted.header("ETag"));
        assertEquals(409, again.status(), again.toString());
        assertEquals("A referral that is Accepted cannot become Accepted; it can become Completed, Revoked.",
                again.json().getString("detail"), "the statuses by their labels");

        Api.Reply badCompletion = Referrals.act(API, "partner1-jm", path + "/completion",
                "{\"outcome\":\"Housed\",\"servicesDelivered\":[\"MEDICAL\"],\"completedOn\":\"soon\"}", accepted.header("ETag"));
        assertEquals(400, badCompletion.status(), badCompletion.toString());
        assertTrue(badCompletion.body().contains("completedOn"), badCompletion.body());
        Api.Reply completed = Referrals.act(API, "partner1-jm", path + "/completion",
                "{\"outcome\":\"Housed for three weeks\",\"servicesDelivered\":[\"SHELTER\"],\"completedOn\":\""
                        + LocalDate.now() + "\"}", accepted.header("ETag"));
        assertEquals(200, completed.status(), completed.toString());

        JsonObject seen = API.get(path, "cw1-jm").json();
        assertEquals("COMPLETED", seen.getString("status"));
        assertEquals("Housed for three weeks", seen.getString("outcome"));
        assertEquals("partner1-jm", seen.getString("answeredBy"));
        assertEquals(409, Referrals.act(API, "cw1-jm", path + "/revocation", "{\"reason\":\"late\"}",
                Referrals.etag(API, path, "cw1-jm")).status(), "a completed referral cannot be revoked");
        assertTrue(Cases.count("select count(*) from audit_entry where record_type = 'referral' and record_id = ?"
                + " and action = 'STATE_CHANGE' and outcome = 'OK'", Long.toString(id)) >= 2, "each change audited");
    }

    @Test
    void aSentReferralPastItsResponseDueTimeIsListedAsOverdue() {
        JsonObject c = Cases.open(API, "cw1-jm", "referral-overdue-" + UUID.randomUUID());
        long id = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false)).getJsonNumber("id").longValue();
        String overdue = "/api/referrals?overdue=true&caseId=" + c.getJsonNumber("id");
        assertEquals(0, API.get(overdue, "sup-jm").json().getJsonNumber("total").longValue(), "not yet due");
        try (Connection db = TestDatabases.connect(CaseBridgeServer.DB);
                PreparedStatement s = db.prepareStatement("update referral set response_due = ? where id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        JsonObject page = API.get(overdue, "sup-jm").json();
        assertEquals(1, page.getJsonNumber("total").longValue(), page.toString());
        assertTrue(page.getJsonArray("items").getJsonObject(0).getBoolean("overdue"));
        assertTrue(API.get("/api/referrals/" + id, "partner1-jm").json().getBoolean("overdue"), "the partner sees it too");
        assertEquals(400, API.get("/api/referrals?status=LOST", "sup-jm").status());
        assertEquals(400, API.get("/api/referrals?after=abc", "sup-jm").status());
    }

    @Test
    void badInputIsA400NamingTheFieldAndSavesNothing() {
        JsonObject c = Cases.open(API, "cw1-jm", "referral-bad-" + UUID.randomUUID());
        long before = Cases.rows("referral");
        Api.Reply r = API.post("/api/referrals", "cw1-jm", Referrals.body(c, safehouse, false).add("urgency", "TOMORROW")
                .add("share", Json.createArrayBuilder().add("SURNAME")).build().toString());
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.body().contains("urgency") && r.body().contains("share"), r.body());
        Api.Reply unknown = API.post("/api/referrals", "cw1-jm", Referrals.body(c, safehouse, false)
                .add("familyName", "x").build().toString());
        assertEquals(400, unknown.status(), "an unknown field is refused: " + unknown);
        Api.Reply government = API.post("/api/referrals", "cw1-jm", Referrals.body(c, Referrals.agencyId(API, "JM-PICA"), false)
                .build().toString());
        assertEquals(400, government.status(), government.toString());
        assertTrue(government.body().contains("recipientAgencyId"), government.body());
        assertEquals(before, Cases.rows("referral"));
    }

    @Test
    void withoutConsentSendingIsRefusedUntilASupervisorOverridesWithALegalBasis() {
        String intake = Json.createObjectBuilder()
                .add("details", Cases.details("referral-consent-" + UUID.randomUUID()))
                .add("victim", Cases.victim("V-NoConsent"))
                .add("consents", Json.createArrayBuilder().add(Cases.consent().add("purpose", "CROSS_BORDER_SHARING")))
                .build().toString();
        Api.Reply opened = API.post("/api/cases", "cw1-jm", intake);
        assertEquals(201, opened.status(), opened.toString());
        JsonObject c = opened.json();
        long before = Cases.rows("referral");
        Api.Reply refused = API.post("/api/referrals", "cw1-jm", Referrals.body(c, safehouse, false).build().toString());
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.body().contains("consent"), refused.body());
        assertEquals(before, Cases.rows("referral"), "nothing saved");

        JsonObject draft = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, true));
        assertEquals("DRAFT", draft.getString("status"));
        String path = Referrals.path(draft);
        assertEquals(409, Referrals.act(API, "cw1-jm", path + "/sending", null, Referrals.etag(API, path, "cw1-jm")).status());
        assertEquals(404, Referrals.act(API, "cw1-jm", path + "/consent-override", "{\"legalBasis\":\"mine\"}",
                Referrals.etag(API, path, "cw1-jm")).status(), "only a supervisor overrides");
        assertEquals(400, Referrals.act(API, "sup-jm", path + "/consent-override", "{}", Referrals.etag(API, path, "sup-jm"))
                .status(), "a legal basis is required");
        Api.Reply override = Referrals.act(API, "sup-jm", path + "/consent-override",
                "{\"legalBasis\":\"Child at risk: Child Care and Protection Act\"}", Referrals.etag(API, path, "sup-jm"));
        assertEquals(200, override.status(), override.toString());
        assertEquals("sup-jm", override.json().getJsonObject("consentOverride").getString("by"));
        assertEquals(1, Cases.count("select count(*) from audit_entry where record_type = 'referral' and record_id = ?"
                + " and username = 'sup-jm' and detail = 'consent override'", Long.toString(draft.getJsonNumber("id").longValue())));
        Api.Reply sent = Referrals.act(API, "cw1-jm", path + "/sending", null, Referrals.etag(API, path, "cw1-jm"));
        assertEquals(200, sent.status(), sent.toString());
        assertEquals("SENT", sent.json().getString("status"));
        JsonObject partnerView = API.get(path, "partner1-jm").json();
        assertEquals("Child at risk: Child Care and Protection Act",
                partnerView.getJsonObject("consentOverride").getString("legalBasis"), "the override is shown to the partner");
        assertFalse(partnerView.getJsonObject("consentOverride").containsKey("by"));
    }

    @Test
    void aCorrectedSummaryIsANewVersionThePartnerIsToldAbout() {
        JsonObject c = Cases.open(API, "cw1-jm", "referral-correct-" + UUID.randomUUID());
        JsonObject sent = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false));
        String path = Referrals.path(sent);
        long id = sent.getJsonNumber("id").longValue();
        JsonObject before = API.get(path, "partner1-jm").json();
        assertEquals(1, before.getInt("summaryVersion"));
        assertFalse(before.containsKey("summaryCorrectedAt"));
        assertFalse(API.get(path, "partner1-jm").body().contains("Testgiven"), "the first name was not shared");

        String correction = Json.createObjectBuilder().add("share", Json.createArrayBuilder().add("FIRST_NAME").add("LANGUAGES"))
                .add("needs", "A bed, counselling and an interpreter").build().toString();
        assertEquals(404, Referrals.act(API, "partner1-jm", path + "/summary-correction", correction,
                Referrals.etag(API, path, "partner1-jm")).status(), "only the sending side corrects");
        assertEquals(400, Referrals.act(API, "cw1-jm", path + "/summary-correction",
                "{\"share\":[\"ALIAS\"],\"needs\":\"a\u202Eb\"}", Referrals.etag(API, path, "cw1-jm")).status(),
                "a bidi control in a text for the partner");
        Api.Reply corrected = Referrals.act(API, "cw1-jm", path + "/summary-correction", correction,
                Referrals.etag(API, path, "cw1-jm"));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(2, corrected.json().getInt("summaryVersion"));

        JsonObject after = API.get(path, "partner1-jm").json();
        assertEquals(2, after.getInt("summaryVersion"));
        assertTrue(after.containsKey("summaryCorrectedAt"));
        assertFalse(after.containsKey("summaryCorrectedBy"), "no names of the sender's staff for the partner");
        assertEquals("Testgiven", after.getJsonObject("summary").getString("name"), "the newly chosen field");
        assertFalse(after.getJsonObject("summary").containsKey("ageBand"), "no longer chosen, no longer shown");
        assertEquals(1, Notifications.await(API, "partner1-jm", "REFERRAL_SUMMARY_CORRECTED", id, Duration.ofSeconds(10)).size(),
                "the partner is told of the new version");

        Referrals.act(API, "partner1-jm", path + "/declination", "{\"reason\":\"full\"}", Referrals.etag(API, path, "partner1-jm"));
        assertEquals(409, Referrals.act(API, "cw1-jm", path + "/summary-correction", correction,
                Referrals.etag(API, path, "cw1-jm")).status(), "a declined referral is not corrected");
    }

    @Test
    void aConsentWithdrawnLaterHidesTheSummaryFromThePartner() {
        JsonObject c = Cases.open(API, "cw1-jm", "referral-withdraw-" + UUID.randomUUID());
        JsonObject sent = Referrals.create(API, "cw1-jm", Referrals.body(c, safehouse, false));
        String path = Referrals.path(sent);
        assertNotNull(API.get(path, "partner1-jm").json().getJsonObject("summary"));
        JsonObject victim = c.getJsonArray("victims").getJsonObject(0);
        long consent = victim.getJsonArray("consents").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply withdrawn = API.post("/api/victims/" + Cases.victimId(c) + "/consents/" + consent + "/withdrawal", "cw1-jm", "{}");
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        JsonObject partnerView = API.get(path, "partner1-jm").json();
        assertTrue(partnerView.getBoolean("consentWithdrawn"));
        assertFalse(partnerView.containsKey("summary"), partnerView.toString());
        assertTrue(API.get(path, "cw1-jm").json().containsKey("consentWithdrawnOn"), "the sender sees it too");
    }

    @Test
    void nothingTheSenderDidNotChooseReachesThePartner() {
        String place = "CanaryPlace-" + UUID.randomUUID();
        JsonObject victim = Cases.victim("CanaryAlias").add("givenName", "CanaryGiven").add("familyName", "CanarySurname")
                .add("contactPhone", "+18765557331").add("contactEmail", "canary.mail@example.org")
                .add("contactAddress", "CanaryStreet 7").add("languages", Json.createArrayBuilder().add("fr")).build();
        String intake = Json.createObjectBuilder().add("details", Cases.details(place)).add("victim", victim)
                .add("consents", Json.createArrayBuilder().add(Cases.consent())).build().toString();
        Api.Reply opened = API.post("/api/cases", "cw1-jm", intake);
        assertEquals(201, opened.status(), opened.toString());
        JsonObject c = opened.json();
        String casePath = Cases.path(c);
        assertEquals(201, API.post(casePath + "/notes", "cw1-jm", "{\"text\":\"CanaryNote\"}").status());
        assertEquals(201, API.post(casePath + "/perpetrators", "cw1-jm",
                "{\"name\":\"CanaryPerpetrator\",\"roles\":[\"TRANSPORTER\"]}").status());
        assertEquals(201, API.post(casePath + "/events", "cw1-jm",
                "{\"type\":\"TRANSIT\",\"countryCode\":\"JM\",\"place\":\"CanaryTransit\"}").status());
        JsonObject sent = Referrals.create(API, "cw1-jm", Json.createObjectBuilder()
                .add("caseId", c.getJsonNumber("id").longValue()).add("victimId", Cases.victimId(c))
                .add("recipientAgencyId", safehouse).add("services", Json.createArrayBuilder().add("PSYCHOSOCIAL"))
                .add("urgency", "NORMAL").add("reason", "Counselling")
                .add("share", Json.createArrayBuilder().add("ALIAS").add("GENDER"))
                .add("needs", "Weekly sessions").add("draft", false));
        String path = Referrals.path(sent);
        String list = API.get("/api/referrals?size=200", "partner1-jm").body();
        String details = API.get(path, "partner1-jm").body();
        String accepted = Referrals.act(API, "partner1-jm", path + "/acceptance", null, Referrals.etag(API, path, "partner1-jm"))
                .body();
        String partnerSaw = list + details + accepted;
        assertTrue(details.contains("CanaryAlias") && details.contains("FEMININE") && details.contains("Weekly sessions"),
                "the chosen summary is shown: " + details);
        for (String canary : List.of("CanaryGiven", "CanarySurname", "5557331", "canary.mail", "CanaryStreet", "CanaryNote",
                "CanaryPerpetrator", "CanaryTransit", place, c.getString("number"), "\"fr\"", "birth", "caseId", "victimId")) {
            assertFalse(partnerSaw.contains(canary), canary + " reached the partner");
        }
        assertFalse(list.contains("CanaryAlias"), "the inbox rows carry no summary (the details, audited, do)");
    }
}
