package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/**
 * The cooperation request lists and response times on the demo data (README, "What to try first"):
 * Jamaica's outgoing requests and The Bahamas' incoming ones with the overdue request marked in words,
 * a status filter that survives opening a request and coming Back, paging, a supervisor's response
 * times, and the list on a phone.
 */
class CooperationListIT {

    private static final Api API = Api.rest();

    @Test
    void jamaicasFocalPointSeesTheOutgoingDemoRequestsWithTheOverdueOneMarked() {
        List<JsonObject> demo = demoRequests("fp-jm", "Demo data: Negril");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            CooperationListPage list = CooperationListPage.open(browser, "");
            assertTrue(list.pageText().contains("Requests your country sent"), "outgoing is the default");
            browser.screenshot("cooperation-outgoing");
            Map<Long, CooperationListPage.Row> rows = list.allRows();
            for (JsonObject r : demo) {
                CooperationListPage.Row row = rows.get(id(r));
                assertTrue(row != null, "the demo request " + r + " is listed");
                assertEquals(r.getString("requestedCountry"), row.counterpart());
                boolean overdue = !r.getJsonArray("overdue").isEmpty();
                assertEquals(overdue, row.overdue(), "overdue marked in words and highlighted: " + row);
                if (r.getString("status").equals("DRAFT")) {
                    assertEquals("Draft (no reference yet)", row.reference());
                } else {
                    assertEquals(r.getString("reference"), row.reference());
                }
            }
            assertTrue(demo.stream().anyMatch(r -> !r.getJsonArray("overdue").isEmpty()), "the demo has an overdue request");
        }
    }

    @Test
    void theBahamasFocalPointSeesJamaicasRequestsAsIncomingButNeverTheDraft() {
        List<JsonObject> demo = demoRequests("fp-jm", "Demo data: Negril");
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("fp-bs", TestSettings.DEMO_PASSWORD);
            CooperationListPage list = CooperationListPage.open(browser, "").incoming();
            assertTrue(browser.driver().getCurrentUrl().contains("direction=incoming"), browser.driver().getCurrentUrl());
            browser.screenshot("cooperation-incoming");
            Map<Long, CooperationListPage.Row> rows = list.allRows();
            for (JsonObject r : demo) {
                boolean shown = r.getString("requestedCountry").equals("BS") && !r.getString("status").equals("DRAFT");
                assertEquals(shown, rows.containsKey(id(r)), "fp-bs and " + r);
                if (shown) {
                    assertEquals("JM", rows.get(id(r)).counterpart());
                    assertEquals(!r.getJsonArray("overdue").isEmpty(), rows.get(id(r)).overdue(), rows.get(id(r)).toString());
                }
            }
        }
    }

    @Test
    void aStatusFilterStaysInTheAddressAfterOpeningARequestAndGoingBack() {
        long acknowledged = demoRequests("fp-jm", "Demo data: Negril").stream()
                .filter(r -> r.getString("status").equals("ACKNOWLEDGED")).mapToLong(CooperationListIT::id).findFirst().orElseThrow();
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            CooperationListPage list = CooperationListPage.open(browser, "").filterStatus("Acknowledged");
            String filtered = browser.driver().getCurrentUrl();
            assertTrue(filtered.contains("status=ACKNOWLEDGED") && filtered.contains("direction=outgoing"), filtered);
            List<CooperationListPage.Row> rows = list.rows();
            assertTrue(rows.stream().anyMatch(r -> r.id() == acknowledged), rows.toString());
            assertTrue(rows.stream().allMatch(r -> r.status().equals("Acknowledged")), rows.toString());

            list.openRequest(acknowledged);
            assertTrue(browser.driver().getCurrentUrl().contains("/cooperation/details.xhtml?id=" + acknowledged),
                    browser.driver().getCurrentUrl());
            browser.driver().navigate().back();
            browser.settle();
            CooperationListPage back = new CooperationListPage(browser);
            assertEquals(filtered, browser.driver().getCurrentUrl());
            assertEquals("Acknowledged", back.chosenStatus());
            assertEquals(rows, back.rows());

            CooperationListPage none = CooperationListPage.open(browser, "?status=ACKNOWLEDGED&counterpart=AG&type=ASSISTED_RETURN");
            assertTrue(none.pageText().contains("No requests match these filters."), none.pageText());

            CooperationListPage odd = CooperationListPage.open(browser, "?status=BOGUS&overdue=perhaps&after=x");
            assertTrue(odd.pageText().contains("A filter in the address is not one this list knows"), odd.pageText());
            assertEquals("Any", odd.chosenStatus());
            assertFalse(odd.rows().isEmpty(), "the list without the unknown filter");
        }
    }

    @Test
    void theListPagesForwardAndBackToTheFirstPageKeepingItsFilter() {
        JsonObject c = ReferralScreensIT.openCase("fp-jm", "Cooperation paging " + UUID.randomUUID(), false);
        Set<Long> drafts = new HashSet<>();
        for (int i = 0; i < 27; i++) {
            drafts.add(draft(c, "fp-jm", "TT"));
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            CooperationListPage list = CooperationListPage.open(browser, "?direction=outgoing&status=DRAFT");
            List<CooperationListPage.Row> first = list.rows();
            assertEquals(25, first.size(), "25 rows a page");
            assertTrue(list.hasNext());
            long newest = drafts.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertEquals(newest, first.get(0).id(), "newest first");
            List<CooperationListPage.Row> second = list.next().rows();
            assertFalse(second.isEmpty());
            assertTrue(second.stream().noneMatch(first::contains), "the next page continues after the first");
            assertTrue(second.get(0).id() < first.get(first.size() - 1).id(), "still newest first");
            assertTrue(browser.driver().getCurrentUrl().contains("status=DRAFT")
                    && browser.driver().getCurrentUrl().contains("after="), browser.driver().getCurrentUrl());
            assertTrue(second.stream().allMatch(r -> r.status().equals("Draft")), "the filter holds on the next page");
            assertEquals(first, list.first().rows());
            assertFalse(browser.driver().getCurrentUrl().contains("after="));
        }
    }

    @Test
    void aSupervisorSeesResponseTimesPerCounterpartAndALimitOnThePeriod() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            CooperationTimingsPage timings = CooperationTimingsPage.open(browser, "");
            List<String> toBahamas = timings.rows().stream()
                    .filter(r -> r.get(0).equals("BS") && r.get(1).startsWith("Sent by your country")).findFirst()
                    .orElseThrow(() -> new AssertionError(timings.pageText()));
            assertTrue(Integer.parseInt(toBahamas.get(2)) >= 4, "sent: " + toBahamas);
            assertTrue(Integer.parseInt(toBahamas.get(3)) >= 3, "acknowledged: " + toBahamas);
            assertTrue(toBahamas.get(4).matches("[\\d.]+ (h|days)"), "median acknowledgement time: " + toBahamas);
            assertTrue(toBahamas.get(5).matches("\\d+\\W%"), "share on time: " + toBahamas);
            assertTrue(toBahamas.get(7).matches("[\\d.]+ (h|days)"), "median answer time: " + toBahamas);
            assertTrue(timings.rows().stream().anyMatch(r -> r.get(0).equals("BS") && r.get(1).startsWith("Received")),
                    "The Bahamas' requests to Jamaica: " + timings.rows());
            browser.screenshot("cooperation-timings");

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            CooperationTimingsPage tooLong = CooperationTimingsPage.open(browser, "?from=" + today.minusYears(6) + "&to=" + today);
            assertTrue(tooLong.pageText().contains("at most 1830 days"), tooLong.pageText());
            assertTrue(tooLong.rows().isEmpty(), "no figures for a refused period");

            CooperationTimingsPage empty = tooLong.show("2001-01-01", "2001-12-31");
            assertTrue(browser.driver().getCurrentUrl().contains("from=2001-01-01&to=2001-12-31"), browser.driver().getCurrentUrl());
            assertTrue(empty.pageText().contains("No cooperation requests of your country were sent in this period."),
                    empty.pageText());
        }
    }

    @Test
    void aCaseworkerWhoIsNoFocalPointIsNotAllowed() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(CooperationListPage.open(browser, "").pageText().contains("Not allowed"));
            assertTrue(CooperationTimingsPage.open(browser, "").pageText().contains("Not allowed"));
        }
    }

    @Test
    void theListsFitAPhoneWithMenuAndLogOutWithinReach() {
        NarrowScreenIT.fits("fp-jm", "/cooperation/list.xhtml?direction=outgoing&status=SENT", "cooperation-phone");
        NarrowScreenIT.fits("fp-bs", "/cooperation/list.xhtml?direction=incoming");
        NarrowScreenIT.fits("sup-jm", "/cooperation/timings.xhtml");
    }

    /** The requests about a focal point's demo case, found by its place, as the requesting country lists them. */
    private static List<JsonObject> demoRequests(String focalPoint, String place) {
        JsonObject cases = API.get("/api/cases?size=5&q=" + URLEncoder.encode(place, StandardCharsets.UTF_8), focalPoint).json();
        long caseId = cases.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        List<JsonObject> items = API.get("/api/cooperation-requests?size=50&caseId=" + caseId, focalPoint).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertNotEquals(0, items.size(), "the demo requests of " + place);
        return items;
    }

    /** A draft request about the case, sharing only its number; answers its id. */
    private static long draft(JsonObject c, String user, String to) {
        String body = Json.createObjectBuilder().add("caseId", c.getJsonNumber("id").longValue()).add("requestedCountry", to)
                .add("type", "INFORMATION_EXCHANGE").add("priority", "NORMAL").add("legalBasis", "Regional agreement")
                .add("purpose", "Paging test").add("share", Json.createArrayBuilder().add("CASE_NUMBER")).add("draft", true)
                .build().toString();
        Api.Reply r = API.post("/api/cooperation-requests", user, body);
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static long id(JsonObject r) {
        return r.getJsonNumber("id").longValue();
    }
}
