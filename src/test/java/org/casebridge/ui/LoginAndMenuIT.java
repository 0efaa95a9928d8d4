package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo role logs in through the browser and sees exactly its menu. */
class LoginAndMenuIT {

    @ParameterizedTest(name = "{0} sees [{1}]")
    @CsvSource(delimiter = ';', value = {
        "cw1-jm; cases newcase referrals directory exports notifications statistics",
        "fp-bs; cases newcase referrals cooperation directory exports notifications statistics",
        "sup-tt; cases referrals cooperation timings audit directory exports notifications statistics",
        "partner1-jm; inbox directory exports notifications",
        "analyst; exports statistics",
        "admin; users agencies countries security exports"})
    void eachRoleSeesExactlyItsMenu(String user, String expectedMenu) {
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs(user, TestSettings.DEMO_PASSWORD);
            List<String> expected = expectedMenu.isBlank() ? List.of() : List.of(expectedMenu.split(" "));
            assertEquals(expected, home.menu(), "menu of " + user);
            if (user.equals("admin")) {
                browser.screenshot("home-admin");
            }
            LoginPage after = home.logOut();
            assertTrue(after.isShown(), "logging out returns to the login page");
            browser.go("/index.xhtml");
            browser.settle();
            assertTrue(LoginPage.open(browser).isShown(), "after logout the home page needs a login again");
        }
    }

    @Test
    void aWrongPasswordShowsOneMessageAndNoDetail() {
        try (Browser browser = Browser.open()) {
            LoginPage page = LoginPage.open(browser).submit("cw1-jm", "Not-The-Password-1");
            assertTrue(page.isShown());
            String message = page.messages();
            assertTrue(message.contains("The username or password is not correct"), message);
            assertFalse(message.contains("locked") && message.contains("cw1-jm"), "no detail about the account");
            browser.screenshot("login-failed");
        }
    }
}
