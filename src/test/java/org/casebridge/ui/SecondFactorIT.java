package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casebridge.it.Accounts;
import org.casebridge.it.Api;
import org.casebridge.it.Totp;
import org.junit.jupiter.api.Test;

/**
 * The own password and the second factor in the browser: enrolment from "My account" (the test reads the
 * secret from the page and computes the code as an authenticator app would), login in two steps, a code
 * accepted once, a recovery code once, code failures counted toward the lockout, and the password an
 * administrator set changed before anything else.
 */
class SecondFactorIT {

    private final Api api = Api.rest();

    @Test
    void enrolFromMyAccountThenLogInWithACodeOnceAndARecoveryCodeOnce() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        String secret;
        List<String> recovery;
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs(user, Accounts.PASSWORD);
            MyAccountPage account = MyAccountPage.fromMenu(browser);
            secret = account.startSecondFactor();
            assertTrue(account.showsQrCode(), "the QR code is drawn by the server and shown under the page's CSP");
            browser.screenshot("account-second-factor");
            assertEquals(List.of(), Axe.seriousViolations(browser.driver()), "axe on My account while setting up");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, "My account fits a 390 px screen, overflow " + overflow);
            account.confirm(Totp.now(secret));
            recovery = account.recoveryCodes();
            assertEquals(10, recovery.size(), account.text());
            assertTrue(account.text().contains("not shown again"));
            browser.go("/account/me.xhtml");
            browser.settle();
            assertTrue(new MyAccountPage(browser).recoveryCodes().isEmpty(), "the recovery codes are shown once");
        }
        try (Browser browser = Browser.open()) {
            LoginPage login = LoginPage.open(browser).submit(user, Accounts.PASSWORD);
            assertTrue(login.asksForCode(), "the password alone does not log in");
            browser.go("/cases/list.xhtml");
            browser.settle();
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "nothing is open before the code");
            login = LoginPage.open(browser);
            assertTrue(login.asksForCode(), "the pending login is kept in the session");
            login.submitCode("000000");
            assertTrue(login.asksForCode());
            assertTrue(login.codeMessages().contains("not right"), login.codeMessages());
            String code = Totp.fresh(secret);
            login.submitCode(code);
            assertTrue(new HomePage(browser).menu().contains("cases"), "logged in with the code");
            new HomePage(browser).logOut();

            // the same code again, still within its 30-second window: refused as a replay
            login = LoginPage.open(browser).submit(user, Accounts.PASSWORD);
            login.submitCode(code);
            assertTrue(login.asksForCode(), "a code is accepted once");

            login.submitCode(recovery.get(0));
            assertTrue(new HomePage(browser).menu().contains("cases"), "a recovery code logs in");
            new HomePage(browser).logOut();
            login = LoginPage.open(browser).submit(user, Accounts.PASSWORD);
            login.submitCode(recovery.get(0));
            assertTrue(login.asksForCode(), "a recovery code works once only");
            login.submitCode(recovery.get(1).toLowerCase());
            assertTrue(new HomePage(browser).menu().contains("cases"));
        }
    }

    @Test
    void wrongCodesCountTowardTheLockout() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        String secret = enrolOverRest(user);
        try (Browser browser = Browser.open()) {
            LoginPage login = LoginPage.open(browser).submit(user, Accounts.PASSWORD);
            for (int i = 0; i < 5; i++) {
                login.submitCode(String.format("%06d", (Integer.parseInt(Totp.now(secret)) + 1 + i) % 1_000_000));
            }
            assertTrue(Accounts.find(api, user).getBoolean("locked"), "five wrong codes lock the account");
            // a right code no longer helps, nor does a right password
            login.submitCode(Totp.fresh(secret));
            browser.go("/cases/list.xhtml");
            browser.settle();
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "locked: not logged in");
            login = LoginPage.open(browser);
            if (login.asksForCode()) {
                login.startOver();
            }
            login.submit(user, Accounts.PASSWORD);
            assertFalse(login.asksForCode(), "a locked account is refused at the password");
            assertTrue(login.isShown());
        }
    }

    @Test
    void aTemporaryPasswordIsChangedBeforeAnythingElse() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        long id = Accounts.find(api, user).getJsonNumber("id").longValue();
        String temporary = "Temporary passphrase for screens 8";
        assertEquals(204, api.post("/api/users/" + id + "/password", "admin", "{\"password\":\"" + temporary + "\"}").status());
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).submit(user, temporary);
            assertTrue(MyAccountPage.isShown(browser), "led to My account at login: " + browser.driver().getCurrentUrl());
            browser.go("/cases/list.xhtml");
            browser.settle();
            assertTrue(MyAccountPage.isShown(browser), "no other page before the password is changed");
            MyAccountPage account = new MyAccountPage(browser);
            assertTrue(account.text().contains("Choose your own password now"), account.text());
            String own = "Chosen by the user themselves 4";
            account.changePassword(temporary, own);
            assertTrue(account.text().contains("Your password is changed"), account.text());
            browser.go("/cases/list.xhtml");
            browser.settle();
            assertTrue(browser.driver().getCurrentUrl().contains("/cases/list.xhtml"), "free to work once changed");
        }
        assertEquals(200, Accounts.call(api, user, "Chosen by the user themselves 4").status());
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsOnly() {
        String user = Accounts.create(api, "caseworker", "JM-JCF-TIP");
        try (Browser other = Browser.open(); Browser browser = Browser.open()) {
            LoginPage.open(other).logInAs(user, Accounts.PASSWORD);
            LoginPage.open(browser).logInAs(user, Accounts.PASSWORD);
            MyAccountPage.fromMenu(browser).changePassword(Accounts.PASSWORD, "Another fine passphrase 2026");
            browser.go("/cases/list.xhtml");
            browser.settle();
            assertTrue(browser.driver().getCurrentUrl().contains("/cases/list.xhtml"), "this session goes on");
            other.go("/cases/list.xhtml");
            other.settle();
            assertTrue(other.driver().getCurrentUrl().contains("/login.xhtml"), "the other session ended");
        }
    }

    private String enrolOverRest(String user) {
        java.net.http.HttpRequest.Builder start = java.net.http.HttpRequest.newBuilder(
                org.casebridge.it.CaseBridgeServer.get().uri("/api/me/second-factor"))
                .header("Authorization", Api.basic(user, Accounts.PASSWORD)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody());
        String secret = api.send(start).json().getString("secret");
        java.net.http.HttpRequest.Builder confirm = java.net.http.HttpRequest.newBuilder(
                org.casebridge.it.CaseBridgeServer.get().uri("/api/me/second-factor/confirm"))
                .header("Authorization", Api.basic(user, Accounts.PASSWORD)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"code\":\"" + Totp.now(secret) + "\"}"));
        assertEquals(200, api.send(confirm).status());
        return secret;
    }
}
