package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/** An administrator finds an analyst's refused request on the security screen, filtering with the keyboard. */
class SecurityViewIT {

    @Test
    void anAdministratorFindsAnAnalystsRefusalAndAnEmptyFilterSaysSo() {
        assertEquals(403, Api.rest().get("/api/cases", "analyst").status());
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            SecurityEventsPage page = SecurityEventsPage.open(home, browser);
            assertTrue(page.title().contains("Security"), page.title());
            assertFalse(page.users().isEmpty(), "refusals are listed: " + page.table());

            page.username("analyst").outcome("Refused (DENIED)").applyWithEnter();
            assertFalse(page.users().isEmpty(), page.table());
            assertTrue(page.users().stream().allMatch("analyst"::equals), page.users().toString());
            assertTrue(page.table().contains("case_file") && page.table().contains("requires role"), page.table());
            browser.screenshot("admin-security-events");

            page.username("nobody-" + UUID.randomUUID().toString().substring(0, 8)).applyWithEnter();
            assertTrue(page.users().isEmpty());
            assertTrue(page.table().contains("No refused requests or failed logins match"), page.table());
        }
    }

    @Test
    void anAdministratorUnlocksALockedAccountFromTheSecurityScreenAfterConfirming() {
        Api api = Api.rest();
        String user = org.casebridge.it.Accounts.create(api, "caseworker", "JM-JCF-TIP");
        for (int i = 0; i < 5; i++) {
            org.casebridge.it.Accounts.call(api, user, "Not-The-Password-" + i);
        }
        assertEquals(401, org.casebridge.it.Accounts.call(api, user, org.casebridge.it.Accounts.PASSWORD).status(), "locked");
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            SecurityEventsPage.open(home, browser);
            Pf pf = new Pf(browser);
            String locked = pf.text("accounts:locked");
            assertTrue(locked.contains(user) && locked.contains("UTC"), locked);
            assertTrue(pf.text("accounts:missing").contains("Every account whose role requires a second factor has one"),
                    pf.text("accounts:missing"));
            assertTrue(pf.present("accounts:expiring"), "the tokens about to expire are listed too");
            org.openqa.selenium.WebElement row = browser.driver().findElements(
                    org.openqa.selenium.By.cssSelector("[id='accounts:locked'] tbody tr")).stream()
                    .filter(r -> r.getText().contains(user)).findFirst().orElseThrow();
            pf.click(org.openqa.selenium.By.id(row.findElement(org.openqa.selenium.By.cssSelector("button[id$=':unlock']"))
                    .getAttribute("id")));
            assertEquals(401, org.casebridge.it.Accounts.call(api, user, org.casebridge.it.Accounts.PASSWORD).status(),
                    "nothing happens before the confirmation");
            pf.confirm();
            assertFalse(pf.text("accounts:locked").contains(user), pf.text("accounts:locked"));
            assertTrue(pf.pageText().contains("The account was unlocked"), pf.pageText());
            assertEquals(java.util.List.of(), Axe.seriousViolations(browser.driver()), "the security screen");
        }
        assertEquals(200, org.casebridge.it.Accounts.call(api, user, org.casebridge.it.Accounts.PASSWORD).status(),
                "the user can log in again");
    }
}
