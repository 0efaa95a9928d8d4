package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.casebridge.it.CaseBridgeServer;
import org.casebridge.it.Notifications;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The audit log as a supervisor reads it: actions and record types in words, chosen from lists; a list's
 * ids behind their count, opened on demand; the supervisor's own browsing of the log hidden unless asked
 * for; the chain check answered at the top of the page; times in the supervisor's own time zone, named where
 * they are compared, while the REST API answers UTC.
 */
class AuditLogIT {

    @Test
    void aSupervisorReadsTheLogInWordsWithListsCollapsedAndOwnViewsHidden() {
        JsonObject listed = Api.rest().get("/api/cases?size=5", "cw1-jm").json();
        int shown = listed.getJsonArray("items").size();
        assertTrue(shown > 1, "cw1-jm lists several cases: " + listed);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            AuditLogPage log = AuditLogPage.open(browser);
            assertTrue(log.hidesOwnViews(), "own audit-log views are hidden by default");
            assertTrue(log.recordTypes().containsAll(List.of("Case", "Victim", "Referral", "Audit log")), log.recordTypes().toString());

            log.user("cw1-jm").action("Listed").recordType("Case").apply();
            String table = log.table();
            assertTrue(table.contains("Listed") && table.contains("Case"), "in words: " + table);
            assertFalse(table.contains("case_file") || table.contains("LIST"), "no codes: " + table);
            List<WebElement> lists = log.shownLists();
            assertFalse(lists.isEmpty(), table);
            WebElement newest = lists.get(0);
            assertEquals(shown + " records", newest.findElement(By.tagName("summary")).getText().trim());
            WebElement ids = newest.findElement(By.className("audit-ids"));
            assertFalse(ids.isDisplayed(), "the ids are collapsed behind their count");
            newest.findElement(By.tagName("summary")).click();
            assertTrue(ids.isDisplayed(), "and shown when the count is opened");
            long firstId = listed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            assertTrue(ids.getText().contains(Long.toString(firstId)), ids.getText());
            browser.screenshot("audit-log");

            log.user("sup-jm").action("Listed").recordType("Audit log").apply();
            assertTrue(log.table().contains("Nothing to show") || log.shownLists().isEmpty(),
                    "the supervisor's own log views are hidden: " + log.table());
            log.toggleHideOwnViews().apply();
            assertFalse(log.shownLists().isEmpty(), "and there when asked for: " + log.table());

            log.verify();
            WebElement result = log.verifyResult();
            assertTrue(result.getText().startsWith("Intact"), result.getText());
            assertTrue(result.getLocation().getY() < log.filters().getLocation().getY(),
                    "the chain check answers at the top of the page, above the filters");
        }
    }

    @Test
    void theApiHidesTheCallersOwnLogViewsOnRequest() {
        Api api = Api.rest();
        api.get("/api/audit?size=1", "sup-jm");
        String own = "/api/audit?username=sup-jm&recordType=audit&action=LIST";
        assertTrue(api.get(own, "sup-jm").json().getJsonNumber("total").longValue() > 0, "the supervisor's own views");
        assertEquals(0, api.get(own + "&hideOwnViews=true", "sup-jm").json().getJsonNumber("total").longValue(),
                "left out with hideOwnViews=true");
        assertEquals(400, api.get(own + "&hideOwnViews=maybe", "sup-jm").status(), "a flag is true or false");
    }

    @Test
    void aSupervisorSeesTimesInTheirOwnTimeZoneNamedInTheColumnWhileTheApiAnswersUtc() {
        Api api = Api.rest();
        String supervisor = Notifications.user(api, "audtz", "JM-JCF-TIP", "supervisor");
        Api.Reply saved = api.send(HttpRequest.newBuilder(CaseBridgeServer.get().uri("/api/me/preferences"))
                .header("Authorization", Api.basic(supervisor, TestSettings.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\",\"timeZone\":\"America/Jamaica\"}")));
        assertEquals(200, saved.status(), saved.toString());
        api.get("/api/cases?size=1", "cw1-jm");
        JsonObject entry = api.get("/api/audit?username=cw1-jm&action=LIST&recordType=case_file&size=1", supervisor).json()
                .getJsonArray("items").getJsonObject(0);
        String utc = entry.getString("occurredAt");
        assertTrue(utc.endsWith("Z"), "the API answers UTC ISO-8601: " + utc);
        Instant at = Instant.parse(utc);
        DateTimeFormatter seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        String jamaica = seconds.withZone(ZoneId.of("America/Jamaica")).format(at);
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs(supervisor, TestSettings.DEMO_PASSWORD);
            AuditLogPage log = AuditLogPage.open(browser);
            assertEquals("Time (America/Jamaica)", log.timeHeader(), "the zone is named where entries are compared");
            log.user("cw1-jm").action("Listed").recordType("Case").apply();
            WebElement time = log.timeOf(entry.getJsonNumber("sequence").longValue());
            assertEquals(jamaica, time.getText().trim(), "five hours behind the API's " + utc);
            assertFalse(time.getText().contains(seconds.withZone(ZoneId.of("UTC")).format(at)), "not UTC");
            assertEquals("Times in America/Jamaica", time.getAttribute("title"));
        }
    }
}
