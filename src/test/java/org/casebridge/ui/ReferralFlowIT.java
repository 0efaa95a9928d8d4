package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.CaseBridgeServer;
import org.casebridge.it.TestDatabases;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * A referral through the screens, seen from both sides: a caseworker refers a victim from the case
 * (choosing the partner, the services and what to share, with the preview and the consent check),
 * the partner finds it in its inbox, accepts it and reports it completed (typing the date), and the
 * caseworker sees each change on the case's Referrals tab. No victim field the caseworker did not
 * choose appears in any page the partner gets.
 */
class ReferralFlowIT {

    static final String SAFEHOUSE = "Kingston Safe House \u2013 JM-SAFEHOUSE";
    /** Values of the victim's record that are never chosen for the summary below. */
    static final List<String> CANARIES = List.of("CanaryGiven", "CanarySurname", "5557331", "canary.mail", "CanaryStreet",
            "CanaryNote", "CanaryPerpetrator", "CanaryTransit");

    @Test
    void aCaseworkerRefersAVictimAndThePartnerAcceptsAndCompletesIt() {
        String place = "CanaryPlace-" + UUID.randomUUID();
        JsonObject c = openCanaryCase(place);
        long caseId = c.getJsonNumber("id").longValue();
        List<String> canaries = new ArrayList<>(CANARIES);
        canaries.add(place);
        canaries.add(c.getString("number"));

        long referral;
        try (Browser sender = Browser.open()) {
            LoginPage.open(sender).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage.open(sender, caseId);
            ReferDialog refer = ReferDialog.open(sender, 0).service("Shelter").agency(SAFEHOUSE).share("Age band")
                    .needs("A bed tonight and counselling").reason("Needs a safe place tonight").urgent();
            String preview = refer.preview();
            assertTrue(preview.contains("CanaryAlias") && preview.contains("25-34") && preview.contains("A bed tonight"),
                    "the preview shows what is chosen: " + preview);
            canaries.forEach(k -> assertFalse(preview.contains(k), k + " in the preview"));
            assertTrue(refer.consent().contains("covers this partner"), refer.consent());
            assertTrue(refer.sendEnabled());
            sender.screenshot("referral-refer");
            refer.send();
            CaseReferralsTab tab = CaseReferralsTab.open(sender);
            assertEquals(List.of("Sent"), tab.statuses());
            referral = tab.ids().get(0);
            sender.screenshot("referral-case-tab");
        }

        try (Browser partner = Browser.open()) {
            LoginPage.open(partner).logInAs("partner1-jm", TestSettings.DEMO_PASSWORD);
            ReferralListPage inbox = ReferralListPage.open(partner);
            assertTrue(inbox.ids().contains(referral), "the referral is in the partner's inbox");
            String inboxHtml = partner.driver().getPageSource();
            partner.screenshot("referral-inbox");
            ReferralPage details = inbox.openReferral(referral);
            assertEquals("Sent", details.status());
            assertTrue(details.summary().contains("CanaryAlias") && details.summary().contains("A bed tonight"),
                    details.summary());
            partner.screenshot("referral-partner-details");
            String detailsHtml = partner.driver().getPageSource();
            details.accept();
            assertEquals("Accepted", details.status());
            String acceptedHtml = partner.driver().getPageSource();
            details.complete("Housed for two weeks", "Shelter", LocalDate.now().toString());
            assertEquals("Completed", details.status(), details.pageText());
            assertTrue(details.pageText().contains(LocalDate.now().toString()), "the typed date is kept");
            String completedHtml = partner.driver().getPageSource();
            for (String html : List.of(inboxHtml, detailsHtml, acceptedHtml, completedHtml)) {
                for (String canary : canaries) {
                    assertFalse(html.contains(canary), canary + " reached a partner page");
                }
            }
        }

        try (Browser sender = Browser.open()) {
            LoginPage.open(sender).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage.open(sender, caseId);
            assertEquals(List.of("Completed"), CaseReferralsTab.open(sender).statuses(),
                    "the caseworker sees the partner's answer on the Referrals tab");
        }
    }

    /** A case of cw1-jm whose victim carries a canary in every field, with notes, perpetrators and events too. */
    static JsonObject openCanaryCase(String place) {
        return openCanaryCase("cw1-jm", place, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("purpose", "SERVICE_REFERRAL").add("scope", "ANY").add("givenOn", LocalDate.now().toString())));
    }

    /** The same case, opened by {@code user} (a Jamaican caseworker), with {@code consents}. */
    static JsonObject openCanaryCase(String user, String place, jakarta.json.JsonArrayBuilder consents) {
        Api api = Api.rest();
        String intake = Json.createObjectBuilder()
                .add("details", Json.createObjectBuilder().add("stage", "IDENTIFICATION").add("riskLevel", "HIGH")
                        .add("identificationDate", LocalDate.now().minusDays(10).toString()).add("identificationPlace", place)
                        .add("exploitationTypes", Json.createArrayBuilder().add("FORCED_LABOUR")).add("forcedLabourIndustry", "A"))
                .add("victim", Json.createObjectBuilder().add("givenName", "CanaryGiven").add("familyName", "CanarySurname")
                        .add("alias", "CanaryAlias").add("gender", "FEMININE")
                        .add("birthDate", LocalDate.now().minusYears(30).toString())
                        .add("citizenships", Json.createArrayBuilder().add("JM"))
                        .add("languages", Json.createArrayBuilder().add("fr")).add("traffickingStatus", "POSSIBLE")
                        .add("contactPhone", "+18765557331").add("contactEmail", "canary.mail@example.org")
                        .add("contactAddress", "CanaryStreet 7"))
                .add("consents", consents)
                .build().toString();
        Api.Reply opened = api.post("/api/cases", user, intake);
        assertEquals(201, opened.status(), opened.toString());
        JsonObject c = opened.json();
        String path = "/api/cases/" + c.getJsonNumber("id").longValue();
        assertEquals(201, api.post(path + "/notes", user, "{\"text\":\"CanaryNote\"}").status());
        assertEquals(201, api.post(path + "/perpetrators", user,
                "{\"name\":\"CanaryPerpetrator\",\"roles\":[\"TRANSPORTER\"]}").status());
        assertEquals(201, api.post(path + "/events", user,
                "{\"type\":\"TRANSIT\",\"countryCode\":\"JM\",\"place\":\"CanaryTransit\"}").status());
        return c;
    }

    static long count(String sql, Object... params) {
        try (Connection c = TestDatabases.connect(CaseBridgeServer.DB); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
