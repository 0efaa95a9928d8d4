package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core on every main screen of each role, and on open dialogs: no violation of impact "serious"
 * or "critical" (contrast, names of buttons and fields, landmarks, ARIA).
 */
class AccessibilityIT {

    private final List<String> found = new ArrayList<>();

    @Test
    void theMainScreensOfEveryRoleHaveNoSeriousAccessibilityViolation() {
        try (Browser browser = Browser.open()) {
            LoginPage login = LoginPage.open(browser);
            check(browser, "login");
            assertEquals("login:username", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "the login page opens with the cursor in the username field");
            login.submit("", "");
            String required = browser.driver().findElement(By.tagName("main")).getText();
            assertEquals(1, occurrences(required, "Enter your username"), "each error once, beside its field: " + required);
            check(browser, "login with empty fields");
            login.submit("axe-nobody", "wrong-password");
            String failed = browser.driver().findElement(By.tagName("main")).getText();
            assertEquals(1, occurrences(failed, "The username or password is not correct"), failed);
            check(browser, "login with an error");
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            check(browser, "home (caseworker)");
            CaseDetailsPage details = CaseIntakePage.openCase(home, browser, "Axe " + UUID.randomUUID().toString().substring(0, 8),
                    "Low");
            check(browser, "case details");
            details.history();
            check(browser, "case history tab");
            details.startEdit();
            check(browser, "case edit dialog");
            for (String page : List.of("/cases/list.xhtml", "/cases/list.xhtml?status=BOGUS&sort=number&asc=true",
                    "/cases/intake.xhtml", "/referrals/list.xhtml",
                    "/notifications/list.xhtml", "/directory/agencies.xhtml")) {
                browser.go(page);
                check(browser, page + " (caseworker)");
            }
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            for (String page : List.of("/index.xhtml", "/cases/list.xhtml", "/audit/log.xhtml", "/referrals/list.xhtml",
                    "/statistics/overview.xhtml", "/statistics/overview.xhtml?subject=victims&rows=gender&columns=ageBand",
                    "/exports/list.xhtml")) {
                browser.go(page);
                check(browser, page + " (supervisor)");
            }
            AuditLogPage log = AuditLogPage.open(browser).action("Listed").apply();
            log.shownLists().get(0).findElement(By.tagName("summary")).click();
            log.verify();
            check(browser, "/audit/log.xhtml with a list's ids open and the chain verified (supervisor)");
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("fp-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/cooperation/list.xhtml?direction=OUTGOING");
            check(browser, "/cooperation/list.xhtml (focal point)");
            browser.clickAndLoad(browser.driver().findElement(By.cssSelector("a[href*='cooperation/details.xhtml']")));
            check(browser, "/cooperation/details.xhtml (focal point)");
            browser.go("/cooperation/list.xhtml?direction=INCOMING");
            check(browser, "/cooperation/list.xhtml incoming (focal point)");
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("sup-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/cooperation/timings.xhtml");
            check(browser, "/cooperation/timings.xhtml (supervisor)");
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("partner1-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/referrals/list.xhtml");
            check(browser, "/referrals/list.xhtml (partner)");
            for (String page : List.of("/cases/list.xhtml", "/cases/intake.xhtml", "/audit/log.xhtml")) {
                browser.go(page);
                check(browser, page + " refused (partner)");
            }
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("analyst", TestSettings.DEMO_PASSWORD);
            for (String page : List.of("/index.xhtml", "/statistics/overview.xhtml", "/exports/list.xhtml")) {
                browser.go(page);
                check(browser, page + " (analyst)");
            }
        }
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            for (String page : List.of("/index.xhtml", "/admin/users.xhtml", "/admin/agencies.xhtml", "/admin/countries.xhtml",
                    "/admin/security.xhtml")) {
                browser.go(page);
                check(browser, page + " (admin)");
            }
        }
        assertTrue(found.isEmpty(), "serious or critical accessibility violations:\n" + String.join("\n", found));
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private void check(Browser browser, String where) {
        browser.settle();
        for (String v : Axe.seriousViolations(browser.driver())) {
            found.add(where + ": " + v);
        }
    }
}
