package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.casebridge.it.Api;
import org.casebridge.it.CaseBridgeServer;
import org.casebridge.it.TestSettings;
import org.casebridge.it.Totp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An installation where supervisors must use a second factor (its own server: every other test server
 * requires none, so that the demo accounts log in with their password): a supervisor without one is
 * led to set it up at login and can do nothing else, on the screens and over the API, until they have;
 * a caseworker is not asked; an administrator's reset of the factor puts the supervisor back there.
 */
class SecondFactorRequiredIT {

    private static CaseBridgeServer server;
    private static Api api;

    @BeforeAll
    static void start() throws IOException {
        server = CaseBridgeServer.launch("mfa", CaseBridgeServer.freePort(),
                List.of("-Dcasebridge.mfa.required-roles=supervisor"));
        server.awaitReady();
        api = Api.rest(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aSupervisorWithoutASecondFactorCanOnlySetOneUp() {
        Api.Reply refused = api.get("/api/cases", "sup-jm");
        assertEquals(401, refused.status(), "a role that requires a second factor gets no HTTP Basic: " + refused);
        assertTrue(refused.json().getString("detail").contains("API token"), refused.toString());
        assertEquals(200, api.get("/api/cases", "cw1-jm").status(), "a caseworker is not asked");
        assertTrue(missingSecondFactor().contains("sup-jm"), "the administrators' list names the supervisor");
        assertFalse(missingSecondFactor().contains("cw1-jm"), "and no caseworker");

        String secret;
        try (Browser browser = Browser.open(server)) {
            browser.go("/login.xhtml");
            browser.settle();
            new LoginPage(browser).submit("sup-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(MyAccountPage.isShown(browser), "led to set it up: " + browser.driver().getCurrentUrl());
            MyAccountPage account = new MyAccountPage(browser);
            assertTrue(account.text().contains("Your role requires a second factor"), account.text());
            browser.go("/cases/list.xhtml");
            browser.settle();
            assertTrue(MyAccountPage.isShown(browser), "nothing else before it is set up");

            secret = account.startSecondFactor();
            account.confirm(Totp.now(secret));
            assertEquals(10, account.recoveryCodes().size());
            browser.go("/cases/list.xhtml");
            browser.settle();
            assertTrue(browser.driver().getCurrentUrl().contains("/cases/list.xhtml"), "free once set up");
        }
        assertFalse(missingSecondFactor().contains("sup-jm"), "no longer listed once set up");
        try (Browser browser = Browser.open(server)) {
            browser.go("/login.xhtml");
            browser.settle();
            LoginPage login = new LoginPage(browser).submit("sup-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(login.asksForCode());
            login.submitCode(Totp.fresh(secret));
            assertTrue(new HomePage(browser).menu().contains("cases"));
        }
        try (Browser browser = Browser.open(server)) {
            browser.go("/login.xhtml");
            browser.settle();
            new LoginPage(browser).submit("cw1-jm", TestSettings.DEMO_PASSWORD);
            assertFalse(MyAccountPage.isShown(browser), "a caseworker is not led to set one up");
        }

        long id = api.get("/api/users?filter=sup-jm", "admin").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, api.post("/api/users/" + id + "/second-factor/reset", "admin", "").status());
        assertEquals(401, api.get("/api/cases", "sup-jm").status(), "after a reset: still no HTTP Basic");
        assertTrue(missingSecondFactor().contains("sup-jm"), "listed again after the reset");
    }

    private static List<String> missingSecondFactor() {
        Api.Reply r = api.get("/api/users/without-second-factor", "admin");
        assertEquals(200, r.status(), r.toString());
        return r.array().getValuesAs(jakarta.json.JsonObject.class).stream().map(u -> u.getString("username")).toList();
    }
}
