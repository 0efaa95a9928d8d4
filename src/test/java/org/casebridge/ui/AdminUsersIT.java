package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;

/** An administrator manages accounts through the screens. */
class AdminUsersIT {

    @Test
    void adminCreatesAUserWhoThenLogsInWithTheNewPassword() {
        String username = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Brand new passphrase 2026";
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            UsersPage users = UsersPage.open(home, browser).startCreate()
                    .fill(username, "Screen Test User", "JM-PICA", "Caseworker", password).save();
            browser.screenshot("admin-users");
            users.search(username);
            assertTrue(users.table().contains(username), users.table());
            home.logOut();

            HomePage theirs = LoginPage.open(browser).logInAs(username, password);
            assertTrue(theirs.welcome().contains("Screen Test User"), theirs.welcome());
            assertEquals(List.of("cases", "newcase", "referrals", "directory", "exports", "notifications", "statistics"), theirs.menu());
        }
    }

    @Test
    void aTooShortPasswordIsRefusedBesideTheFieldAndNothingIsSaved() {
        String username = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            UsersPage users = UsersPage.open(home, browser).startCreate()
                    .fill(username, "Short Password", "BS-DOI", "Caseworker", "short").save();
            assertTrue(users.createDialogOpen(), "the dialog stays open");
            assertTrue(users.pageText().contains("at least 12 characters"), users.pageText());
            browser.driver().navigate().refresh();
            browser.settle();
            users.search(username);
            assertFalse(users.table().contains(username), "nothing saved");
        }
    }
}
