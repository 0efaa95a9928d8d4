package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every screen opened by every role that may not use it: "not allowed" (or "not found" for a record's
 * page) inside the normal page, with the menu and Log out, never "Something went wrong"; whether the
 * screen refuses itself or the container refuses it by role. Log out works from a refused page.
 */
class RefusedScreensIT {

    private static final String NOT_ALLOWED = "Not allowed";
    private static final String NOT_FOUND = "Not found";

    @Test
    void everyScreenRefusesEveryWrongRoleInsideThePageWithMenuAndLogOut() {
        String body = "{\"details\":{\"stage\":\"IDENTIFICATION\",\"riskLevel\":\"LOW\",\"identificationDate\":\"2026-11-20\","
                + "\"identificationPlace\":\"refused-" + UUID.randomUUID() + "\",\"exploitationTypes\":[\"FORCED_LABOUR\"],"
                + "\"forcedLabourIndustry\":\"A\"},\"victim\":{\"alias\":\"Rose\",\"traffickingStatus\":\"POSSIBLE\"},"
                + "\"consents\":[]}";
        JsonObject c = Api.rest().post("/api/cases", "cw1-jm", body).json();
        String details = "/cases/details.xhtml?id=" + c.getJsonNumber("id").longValue();
        List<String> admin = List.of("/admin/users.xhtml", "/admin/agencies.xhtml", "/admin/countries.xhtml",
                "/admin/security.xhtml");
        List<String> audit = List.of("/audit/log.xhtml", "/audit/record.xhtml?type=case_file&id=1");
        List<String> cooperation = List.of("/cooperation/list.xhtml", "/cooperation/timings.xhtml");
        List<String> referrals = List.of("/referrals/list.xhtml", "/referrals/details.xhtml?id=1");
        List<String> cases = List.of("/cases/list.xhtml", "/cases/intake.xhtml");

        Map<String, List<List<String>>> notAllowed = Map.of(
                "partner1-jm", List.of(cases, audit, admin, cooperation),
                "analyst", List.of(cases, audit, admin, cooperation, referrals, List.of("/directory/agencies.xhtml")),
                "admin", List.of(cases, audit, cooperation, referrals),
                "cw1-jm", List.of(audit, admin, cooperation),
                "sup-jm", List.of(List.of("/cases/intake.xhtml"), admin));
        for (var e : notAllowed.entrySet()) {
            try (Browser browser = Browser.open()) {
                LoginPage.open(browser).logInAs(e.getKey(), TestSettings.DEMO_PASSWORD);
                for (List<String> group : e.getValue()) {
                    for (String path : group) {
                        refusedWithMenu(browser, e.getKey(), path, NOT_ALLOWED);
                    }
                }
                if (!e.getKey().startsWith("cw1") && !e.getKey().startsWith("sup")) {
                    refusedWithMenu(browser, e.getKey(), details, NOT_FOUND);
                }
            }
        }
    }

    @Test
    void logOutWorksFromAScreenTheContainerRefused() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            refusedWithMenu(browser, "cw1-jm", "/audit/log.xhtml", NOT_ALLOWED);
            browser.screenshot("refused-page");
            LoginPage login = new HomePage(browser).logOut();
            assertTrue(login.isShown(), "Log out on a refused page leads to the login page");
            browser.go("/cases/list.xhtml");
            browser.settle();
            assertTrue(new LoginPage(browser).isShown(), "and the session has ended");
        }
    }

    @Test
    void theAgencyDirectoryShowsContactDetails() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("partner1-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/directory/agencies.xhtml");
            browser.settle();
            String table = browser.driver().findElement(By.id("directory:table")).getText();
            assertTrue(table.contains("contact@jm-safehouse.example.org"), "an agency's e-mail address: " + table);
            assertTrue(table.contains("+1876555"), "its telephone number");
            assertFalse(browser.driver().findElements(By.cssSelector("#directory\\:table a[href^='tel:']")).isEmpty(),
                    "a number to call from a phone");
            browser.screenshot("agency-directory");
        }
    }

    private static void refusedWithMenu(Browser browser, String user, String path, String expected) {
        browser.go(path);
        browser.settle();
        String text = browser.driver().findElement(By.tagName("body")).getText();
        String where = path + " as " + user;
        assertFalse(text.contains("Something went wrong"), where + " fails: " + text);
        assertTrue(text.contains(expected), where + " says " + expected + ": " + text);
        assertFalse(browser.driver().findElements(By.cssSelector("#mainMenu a")).isEmpty(), where + " keeps the menu");
        assertTrue(browser.driver().findElement(By.id("userForm:logout")).isDisplayed(), where + " keeps Log out");
    }
}
