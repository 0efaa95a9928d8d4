package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.Api;
import org.casebridge.it.CaseBridgeServer;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The "API tokens" screen in the browser: create a read-only token, see its secret once and use it over
 * REST, revoke it with confirmation; the administrators' dialog on Users; axe and a 390 px screen.
 */
class ApiTokensIT {

    private static final String USER = "cw2-tt";

    @Test
    void aUserCreatesAToken_SeesTheSecretOnce_UsesIt_AndRevokesIt() {
        List<String> violations = new ArrayList<>();
        String name = "Browser " + UUID.randomUUID().toString().substring(0, 8);
        String secret;
        try (Browser browser = Browser.open()) {
            Pf pf = new Pf(browser);
            LoginPage.open(browser).logInAs(USER, TestSettings.DEMO_PASSWORD);
            browser.clickAndLoad(browser.driver().findElement(By.id("userForm:myAccount")));
            browser.clickAndLoad(browser.driver().findElement(By.id("tokensLink")));
            assertTrue(browser.driver().getCurrentUrl().contains("/account/tokens.xhtml"));
            violations.addAll(Axe.seriousViolations(browser.driver()));

            pf.click("tokens:newToken");
            pf.waitVisible("create:name");
            pf.type("create:name", name);
            pf.click(By.cssSelector("#create\\:readOnly .ui-chkbox-box"));
            violations.addAll(Axe.seriousViolations(browser.driver()));
            pf.click("create:save");
            pf.waitVisible("secret:value");
            secret = browser.driver().findElement(By.id("secret:value")).getDomProperty("value");
            assertTrue(secret.startsWith("cbt_"), secret);
            violations.addAll(Axe.seriousViolations(browser.driver()));

            Api.Reply me = bearer(secret, "GET");
            assertEquals(200, me.status(), me.toString());
            assertEquals(USER, me.json().getString("username"));
            assertEquals(403, bearer(secret, "POST").status(), "read only");

            pf.click("secret:done");
            browser.go("/account/tokens.xhtml");
            browser.settle();
            String page = browser.driver().getPageSource();
            assertFalse(page.contains(secret.substring(4)), "the secret is shown once only");
            String table = browser.driver().findElement(By.id("tokens:table")).getText();
            assertTrue(table.contains(name) && table.contains("Read only") && table.contains("Active"), table);

            By revoke = By.xpath("//tr[td[normalize-space(.)='" + name + "']]//button[contains(@id,'revoke')]");
            pf.click(revoke);
            pf.confirm();
            table = browser.driver().findElement(By.id("tokens:table")).getText();
            assertTrue(table.contains("Revoked"), table);
            assertEquals(401, bearer(secret, "GET").status(), "revoked: refused at the next request");
        }
        try (Browser browser = Browser.open()) {
            Pf pf = new Pf(browser);
            LoginPage.open(browser).logInAs("admin", TestSettings.DEMO_PASSWORD);
            browser.go("/admin/users.xhtml");
            browser.settle();
            pf.type("users:filter", USER);
            pf.click("users:search");
            pf.click(By.xpath("//tr[td[normalize-space(.)='" + USER + "']]//button[contains(@id,'tokens')]"));
            pf.waitVisible("userTokens:table");
            String shown = browser.driver().findElement(By.id("userTokens:table")).getText();
            assertTrue(shown.contains(name) && shown.contains("Revoked"), shown);
            violations.addAll(Axe.seriousViolations(browser.driver()));
        }
        assertTrue(violations.isEmpty(), "accessibility: " + violations);
        NarrowScreenIT.fits(USER, "/account/tokens.xhtml");
    }

    private static Api.Reply bearer(String secret, String method) {
        return Api.rest().send(HttpRequest.newBuilder(CaseBridgeServer.get().uri(method.equals("GET") ? "/api/me" : "/api/cases"))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}")));
    }
}
