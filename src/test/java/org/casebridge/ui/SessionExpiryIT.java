package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A session that ended: an AJAX action leads to the login page with a message (not a spinner), and
 * after logging in the user is back on the page they were on; an address opened without a session
 * comes back after login too. A login link to another site is not followed.
 */
class SessionExpiryIT {

    @Test
    void anAjaxActionAfterTheSessionEndedLeadsToLoginAndBack() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/cases/list.xhtml");
            WebDriver d = browser.driver();
            endSession(d);
            d.findElement(By.id("cases:apply")).click();
            new WebDriverWait(d, Duration.ofSeconds(15)).until(x -> x.getCurrentUrl().contains("/login.xhtml"));
            LoginPage login = new LoginPage(browser);
            assertTrue(login.messages().contains("Your session ended"), login.messages());
            assertTrue(d.getCurrentUrl().contains("from=%2Fcases%2Flist.xhtml"), d.getCurrentUrl());
            login.submit("cw1-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(d.getCurrentUrl().contains("/cases/list.xhtml"), "back where they were: " + d.getCurrentUrl());
        }
    }

    @Test
    void anAddressOpenedWithoutASessionComesBackAfterLoginAndNoLinkLeadsElsewhere() {
        try (Browser browser = Browser.open()) {
            browser.go("/referrals/list.xhtml?status=SENT");
            WebDriver d = browser.driver();
            assertTrue(d.getCurrentUrl().contains("/login.xhtml"), d.getCurrentUrl());
            new LoginPage(browser).submit("cw1-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(d.getCurrentUrl().contains("/referrals/list.xhtml?status=SENT"), d.getCurrentUrl());
        }
        for (String elsewhere : new String[] {"https://example.org/", "//example.org/x", "/\\example.org"}) {
            try (Browser browser = Browser.open()) {
                browser.go("/login.xhtml?from=" + java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8));
                new LoginPage(browser).submit("cw1-jm", TestSettings.DEMO_PASSWORD);
                String url = browser.driver().getCurrentUrl();
                assertTrue(url.endsWith("/index.xhtml"), elsewhere + " was not followed: " + url);
            }
        }
    }

    /** As if the server had forgotten the session: the browser still sends a session cookie, no longer valid. */
    private static void endSession(WebDriver d) {
        Cookie old = d.manage().getCookieNamed("JSESSIONID");
        d.manage().deleteCookieNamed("JSESSIONID");
        d.manage().addCookie(new Cookie.Builder("JSESSIONID", "ended-" + System.nanoTime()).path(old == null ? "/" : old.getPath())
                .isHttpOnly(true).build());
        assertEquals("JSESSIONID", d.manage().getCookieNamed("JSESSIONID").getName());
    }
}
