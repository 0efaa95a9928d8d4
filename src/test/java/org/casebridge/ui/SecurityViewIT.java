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
            assertTrue(page.title().contains("Security events"), page.title());
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
}
