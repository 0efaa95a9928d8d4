package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.CaseBridgeServer;
import org.casebridge.it.TestDatabases;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The referral screens beyond the main flow: a partner of another agency trying a referral by its
 * address and by a tampered table selection; a supervisor's overview of overdue referrals; sending
 * without consent through a supervisor's override; consent withdrawn; revoking with a reason.
 */
class ReferralScreensIT {

    private static final Api API = Api.rest();

    @Test
    void aPartnerOfAnotherAgencyGetsNotFoundByAddressAndByTamperedSelectionAndIsAudited() {
        JsonObject c = openCase("screen-isolation-" + UUID.randomUUID(), true);
        long theirs = refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        refer(c, "JM-HEALTH", "MEDICAL", false);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("partner2-jm", TestSettings.DEMO_PASSWORD);
            long before = denied("partner2-jm", theirs);
            ReferralPage byAddress = ReferralPage.open(browser, theirs);
            assertEquals("Not found", byAddress.refusal());
            assertFalse(byAddress.pageText().contains(c.getJsonArray("victims").getJsonObject(0).getString("alias")));
            assertEquals(before + 1, denied("partner2-jm", theirs), "DENIED entry naming the referral and country JM");

            ReferralListPage inbox = ReferralListPage.open(browser);
            assertFalse(inbox.ids().contains(theirs), "another agency's referral is not in the inbox");
            inbox.selectTamperedRow(theirs);
            assertTrue(browser.driver().getCurrentUrl().contains("/referrals/list"), "the tampered row opened nothing");
            assertTrue(inbox.messages().contains("There is no such page or record, or you may not see it."), inbox.messages());
            assertEquals(before + 2, denied("partner2-jm", theirs), "the tampered selection is DENIED with id and country");
        }
    }

    @Test
    void aSupervisorSeesTheCountrysOverdueReferralsHighlightedAndFiltered() {
        JsonObject c = openCase("screen-overdue-" + UUID.randomUUID(), true);
        long late = refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        long onTime = refer(c, "JM-HEALTH", "MEDICAL", false);
        age(late);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            ReferralListPage overview = ReferralListPage.open(browser);
            assertTrue(overview.ids().contains(late) && overview.ids().contains(onTime), "the country's referrals");
            assertTrue(overview.isOverdue(late));
            assertFalse(overview.isOverdue(onTime));
            overview.filter(null, true);
            assertTrue(overview.ids().contains(late));
            assertFalse(overview.ids().contains(onTime), "overdue only");
            browser.screenshot("referral-overview");
            overview.filter("Accepted", false);
            assertFalse(overview.ids().contains(late), "status filter");
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-bs", TestSettings.DEMO_PASSWORD);
            assertFalse(ReferralListPage.open(browser).ids().contains(late), "another country's supervisor");
        }
    }

    @Test
    void withoutConsentTheDraftIsSentAfterASupervisorsOverrideWhichThePartnerSees() {
        JsonObject c = openCase("screen-override-" + UUID.randomUUID(), false);
        long caseId = c.getJsonNumber("id").longValue();
        long id;
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            CaseDetailsPage.open(browser, caseId);
            ReferDialog refer = ReferDialog.open(browser, 0).service("Shelter").agency(ReferralFlowIT.SAFEHOUSE)
                    .reason("Child at immediate risk");
            assertTrue(refer.consent().contains("no consent to a referral to services is recorded"), refer.consent() + " // " + browser.driver().findElement(org.openqa.selenium.By.id("refer")).getText());
            assertFalse(refer.sendEnabled(), "sending needs consent or an override");
            browser.screenshot("referral-no-consent");
            refer.saveDraft();
            CaseReferralsTab tab = CaseReferralsTab.open(browser);
            assertEquals("Draft", tab.statuses().get(0));
            id = tab.ids().get(0);
            ReferralPage draft = ReferralPage.open(browser, id);
            assertFalse(draft.offers("override"), "a caseworker cannot override");
            draft.send();
            assertEquals("Draft", draft.status(), "refused without consent");
            assertTrue(draft.pageText().contains("no valid consent"), draft.pageText());
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            ReferralPage draft = ReferralPage.open(browser, id);
            assertFalse(draft.offers("send"), "the supervisor does not work on the case");
            draft.overrideConsent("Child at immediate risk (Child Care and Protection Act s. 9)");
            assertTrue(draft.pageText().contains("Child Care and Protection Act"), draft.pageText());
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            assertEquals("Sent", ReferralPage.open(browser, id).send().status());
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("partner1-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(ReferralPage.open(browser, id).pageText().contains("Child Care and Protection Act"),
                    "the partner sees the override's legal basis");
        }
    }

    @Test
    void afterConsentIsWithdrawnThePartnerIsToldAndSeesNoSummary() {
        JsonObject c = openCase("screen-withdrawn-" + UUID.randomUUID(), true);
        long id = refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        JsonObject victim = c.getJsonArray("victims").getJsonObject(0);
        long consent = victim.getJsonArray("consents").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply withdrawn = API.post("/api/victims/" + victim.getJsonNumber("id") + "/consents/" + consent + "/withdrawal",
                "cw1-jm", "{}");
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("partner1-jm", TestSettings.DEMO_PASSWORD);
            ReferralPage page = ReferralPage.open(browser, id);
            assertTrue(page.summary().contains("withdrew their consent"), page.summary());
            assertFalse(browser.driver().getPageSource().contains(victim.getString("alias")), "no summary after withdrawal");
            browser.screenshot("referral-consent-withdrawn");
        }
    }

    @Test
    void theSenderRevokesWithAReasonAfterConfirming() {
        JsonObject c = openCase("screen-revoke-" + UUID.randomUUID(), true);
        long id = refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            ReferralPage page = ReferralPage.open(browser, id);
            assertEquals("Revoked", page.revoke("Sent to the wrong shelter").status());
            assertTrue(page.pageText().contains("Sent to the wrong shelter"));
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("partner1-jm", TestSettings.DEMO_PASSWORD);
            ReferralPage page = ReferralPage.open(browser, id);
            assertEquals("Revoked", page.status());
            assertFalse(page.offers("accept"), "nothing to answer on a revoked referral");
        }
    }

    @Test
    void theSenderCorrectsTheSummaryAndThePartnerSeesTheNewVersion() {
        JsonObject c = openCase("screen-correct-" + UUID.randomUUID(), true);
        long id = refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            ReferralPage page = ReferralPage.open(browser, id);
            page.correctNeeds("A bed tonight and a lawyer this week");
            assertTrue(page.summary().contains("Version 2"), page.summary());
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("partner1-jm", TestSettings.DEMO_PASSWORD);
            ReferralPage page = ReferralPage.open(browser, id);
            assertTrue(page.summary().contains("A bed tonight and a lawyer this week"), page.summary());
            assertTrue(page.summary().contains("Version 2"), "the partner sees that it was corrected: " + page.summary());
            assertFalse(page.offers("correct"), "only the sending side corrects");
        }
    }

    /** A case of cw1-jm with one victim, with or without consent to a service referral (any recipient). */
    static JsonObject openCase(String place, boolean consent) {
        return openCase("cw1-jm", place, consent);
    }

    /** A case of {@code caseworker} with one victim, with or without consent to a service referral (any recipient). */
    static JsonObject openCase(String caseworker, String place, boolean consent) {
        var consents = Json.createArrayBuilder();
        if (consent) {
            consents.add(Json.createObjectBuilder().add("purpose", "SERVICE_REFERRAL").add("scope", "ANY")
                    .add("givenOn", LocalDate.now().toString()));
        }
        String intake = Json.createObjectBuilder()
                .add("details", Json.createObjectBuilder().add("stage", "IDENTIFICATION").add("riskLevel", "HIGH")
                        .add("identificationDate", LocalDate.now().minusDays(10).toString()).add("identificationPlace", place)
                        .add("exploitationTypes", Json.createArrayBuilder().add("FORCED_LABOUR")).add("forcedLabourIndustry", "A"))
                .add("victim", Json.createObjectBuilder().add("alias", "V" + Integer.toHexString(place.hashCode()))
                        .add("gender", "FEMININE").add("birthDate", LocalDate.now().minusYears(15).toString())
                        .add("traffickingStatus", "POSSIBLE"))
                .add("consents", consents).build().toString();
        Api.Reply opened = API.post("/api/cases", caseworker, intake);
        assertEquals(201, opened.status(), opened.toString());
        return opened.json();
    }

    /** Refers the case's victim to the agency {@code code} through the API, sharing the alias; answers the referral's id. */
    static long refer(JsonObject c, String code, String service, boolean draft) {
        long agency = API.get("/api/agencies", "admin").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow().getInt("id");
        String body = Json.createObjectBuilder().add("caseId", c.getJsonNumber("id").longValue())
                .add("victimId", c.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue())
                .add("recipientAgencyId", agency).add("services", Json.createArrayBuilder().add(service))
                .add("urgency", "URGENT").add("reason", "Needs help").add("share", Json.createArrayBuilder().add("ALIAS"))
                .add("draft", draft).build().toString();
        Api.Reply r = API.post("/api/referrals", "cw1-jm", body);
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Moves a referral's response-due time an hour into the past. */
    static void age(long id) {
        try (Connection db = TestDatabases.connect(CaseBridgeServer.DB);
                PreparedStatement s = db.prepareStatement("update referral set response_due = ? where id = ?")) {
            s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long denied(String user, long id) {
        return ReferralFlowIT.count("select count(*) from audit_entry where action = 'DENIED' and outcome = 'DENIED'"
                + " and username = ? and record_type = 'referral' and record_id = ? and record_country = 'JM'", user,
                Long.toString(id));
    }
}
