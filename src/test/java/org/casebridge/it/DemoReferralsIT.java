package org.casebridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo data a newcomer is walked through (README, "What to try first"), over REST as they would
 * see it: the demo cases of {@code cw1-jm} with referrals in every status, each visible to the partner it
 * is addressed to and "not found" for every other partner, the overdue one on the supervisor's overdue
 * list, and the Trinidad and Tobago ones only there.
 */
class DemoReferralsIT {

    private static final Api API = Api.rest();
    private static List<JsonObject> jamaica;
    private static List<JsonObject> trinidad;

    @BeforeAll
    static void load() {
        jamaica = referralsOfDemoCases("cw1-jm", 3);
        trinidad = referralsOfDemoCases("cw1-tt", 1);
    }

    /** The referrals of the user's demo cases (found by their place, "Demo data: ..."), as the caseworker lists them. */
    private static List<JsonObject> referralsOfDemoCases(String caseworker, int expectedCases) {
        JsonObject cases = API.get("/api/cases?size=50&q=" + URLEncoder.encode("Demo data", StandardCharsets.UTF_8),
                caseworker).json();
        List<JsonObject> items = cases.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(expectedCases, items.size(), "the demo cases of " + caseworker + ": " + cases);
        List<JsonObject> referrals = new ArrayList<>();
        for (JsonObject c : items) {
            Api.Reply sheet = API.get("/api/cases/" + c.getJsonNumber("id"), caseworker);
            assertEquals(200, sheet.status(), "a demo case opens like any other: " + sheet);
            assertTrue(sheet.json().getJsonArray("victims").getValuesAs(JsonObject.class).stream()
                    .allMatch(v -> v.getString("alias").matches("Demo \\w+ \\(fictional\\)")), sheet.body());
            Api.Reply victim = API.get("/api/victims/" + Cases.victimId(sheet.json()), caseworker);
            assertEquals(200, victim.status(), victim.toString());
            Api.Reply page = API.get("/api/referrals?size=50&caseId=" + c.getJsonNumber("id"), caseworker);
            assertEquals(200, page.status(), page.toString());
            List<JsonObject> ofCase = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            assertFalse(ofCase.isEmpty(), "every demo case has referrals: " + c.getString("number"));
            referrals.addAll(ofCase);
        }
        return referrals;
    }

    @Test
    void cw1jmsDemoCasesHoldReferralsInEveryStatus() {
        Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
        jamaica.forEach(r -> statuses.add(ReferralStatus.valueOf(r.getString("status"))));
        assertEquals(EnumSet.allOf(ReferralStatus.class), statuses, jamaica.toString());
        assertTrue(jamaica.stream().anyMatch(r -> r.getBoolean("overdue")), "one is overdue");
        assertTrue(jamaica.stream().anyMatch(r -> r.getString("status").equals("SENT") && !r.getBoolean("overdue")),
                "one is sent and not yet due");
        assertTrue(jamaica.stream().anyMatch(r -> r.getBoolean("consentWithdrawn")), "one lost its consent");
        long overridden = jamaica.stream().map(r -> API.get(path(r), "cw1-jm").json())
                .filter(DemoReferralsIT::overridden).count();
        assertEquals(1, overridden, "one was sent on a supervisor's override");
        assertTrue(jamaica.stream().allMatch(r -> r.getString("sendingAgencyCode").equals("JM-JCF-TIP")));
    }

    @Test
    void eachDemoReferralIsVisibleToItsPartnerOnlyAndNeverAsADraft() {
        int checked = 0;
        for (JsonObject r : jamaica) {
            String recipient = r.getString("recipientAgencyCode");
            String own = switch (recipient) {
                case "JM-SAFEHOUSE" -> "partner1-jm";
                case "JM-HEALTH" -> "partner2-jm";
                default -> throw new AssertionError("demo referrals go to the demo partners' agencies: " + recipient);
            };
            String other = own.equals("partner1-jm") ? "partner2-jm" : "partner1-jm";
            boolean draft = r.getString("status").equals("DRAFT");
            Api.Reply seen = API.get(path(r), own);
            assertEquals(draft ? 404 : 200, seen.status(), own + " and " + r);
            if (!draft) {
                assertFalse(seen.json().containsKey("caseId") || seen.json().containsKey("victimId"), seen.body());
                assertEquals(r.getString("status"), seen.json().getString("status"));
                checked++;
            }
            for (String stranger : List.of(other, "partner1-tt", "partner1-bs")) {
                Api.Reply refused = API.get(path(r), stranger);
                assertEquals(404, refused.status(), stranger + " must not find " + r);
            }
        }
        assertTrue(checked >= 8, "the partners see the sent demo referrals: " + checked);
        Set<Long> inbox = inbox("partner1-jm");
        jamaica.stream().filter(r -> r.getString("recipientAgencyCode").equals("JM-SAFEHOUSE"))
                .forEach(r -> assertEquals(!r.getString("status").equals("DRAFT"), inbox.contains(id(r)),
                        "partner1-jm's inbox and " + r));
        assertTrue(trinidad.stream().noneMatch(r -> inbox.contains(id(r))), "no other country's referral in the inbox");
    }

    @Test
    void thePartnerSeesTheChosenSummaryUnlessConsentWasWithdrawnAndSeesTheOverride() {
        JsonObject withdrawn = jamaica.stream().filter(r -> r.getBoolean("consentWithdrawn")).findFirst().orElseThrow();
        JsonObject view = API.get(path(withdrawn), "partner1-jm").json();
        assertTrue(view.getBoolean("consentWithdrawn"));
        assertFalse(Api.has(view, "summary") && Api.has(view.getJsonObject("summary"), "name"),
                "no summary after the consent was withdrawn: " + view);
        JsonObject sent = jamaica.stream().filter(r -> r.getString("status").equals("SENT") && !r.getBoolean("consentWithdrawn")
                && r.getString("recipientAgencyCode").equals("JM-SAFEHOUSE")).findFirst().orElseThrow();
        JsonObject summary = API.get(path(sent), "partner1-jm").json().getJsonObject("summary");
        assertEquals("Demo Amber (fictional)", summary.getString("name"), "the alias, not the name");
        assertFalse(API.get(path(sent), "partner1-jm").body().contains("Fictional-Demo"), "the family name is never shared");
        JsonObject overridden = jamaica.stream().map(r -> API.get(path(r), "cw1-jm").json())
                .filter(DemoReferralsIT::overridden).findFirst().orElseThrow();
        JsonObject partnerView = API.get(path(overridden), "partner2-jm").json();
        assertNotNull(partnerView.getJsonObject("consentOverride"), "the override is shown to the partner: " + partnerView);
        assertTrue(partnerView.getJsonObject("consentOverride").getString("legalBasis").contains("Child at immediate risk"));
    }

    @Test
    void theOverdueReferralIsOnTheSupervisorsOverdueListOfItsCountryOnly() {
        JsonObject overdue = jamaica.stream().filter(r -> r.getBoolean("overdue")).findFirst().orElseThrow();
        Set<Long> jm = API.allIds("/api/referrals?overdue=true&size=100", "sup-jm");
        assertTrue(jm.contains(id(overdue)), "sup-jm's overdue list: " + jm);
        assertFalse(API.allIds("/api/referrals?overdue=true&size=100", "sup-tt").contains(id(overdue)));
        assertEquals(404, API.get(path(overdue), "sup-tt").status(), "another country's supervisor does not find it");
    }

    @Test
    void trinidadAndTobagoHasItsOwnDemoReferralsForItsPartners() {
        Set<String> statuses = new HashSet<>();
        trinidad.forEach(r -> statuses.add(r.getString("status")));
        assertEquals(Set.of("SENT", "COMPLETED"), statuses, trinidad.toString());
        JsonObject toShelter = trinidad.stream().filter(r -> r.getString("recipientAgencyCode").equals("TT-SHELTER"))
                .findFirst().orElseThrow();
        assertEquals(200, API.get(path(toShelter), "partner1-tt").status());
        assertEquals(404, API.get(path(toShelter), "partner2-tt").status());
        assertEquals(404, API.get(path(toShelter), "partner1-jm").status());
        assertEquals(404, API.get(path(toShelter), "cw1-jm").status(), "a Jamaican caseworker does not find it");
    }

    private static boolean overridden(JsonObject referral) {
        return Api.has(referral, "consentOverride");
    }

    private static Set<Long> inbox(String partner) {
        return API.allIds("/api/referrals?size=100", partner);
    }

    private static long id(JsonObject r) {
        return r.getJsonNumber("id").longValue();
    }

    private static String path(JsonObject r) {
        return "/api/referrals/" + id(r);
    }
}
