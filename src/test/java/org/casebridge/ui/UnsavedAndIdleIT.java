package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Typed text is never lost silently: leaving a page with unsaved input in a dialog or the intake asks
 * first, and saving (or the intake's own redirect) does not. Before the server ends an idle session a
 * dialog counts down and offers to stay; staying keeps the session, and when it ends anyway the page
 * goes to the login ("your session ended") and back after login.
 */
class UnsavedAndIdleIT {

    /*
     * WebDriver accepts a "leave the page?" prompt by itself (the W3C spec says so), so the test cannot
     * see the prompt: a probe listener, added after the application's, notes in sessionStorage (which
     * outlives the page) whether the application asked, and the test reads it on the next page.
     */
    @Test
    void leavingWithUnsavedTextAsksFirstAndSavingDoesNot() {
        String place = "Unsaved " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            WebDriver d = browser.driver();
            Pf pf = new Pf(browser);

            // The intake: typed into step 1, then the menu's Home link.
            CaseIntakePage.open(home, browser);
            pf.type("intake:identificationPlace", place);
            probe(d);
            browser.clickAndLoad(d.findElement(By.id("menuHome")));
            assertEquals("asked", asked(d), "leaving the intake with a typed place asks first");

            // A whole intake: its own redirect to the new case asks nothing.
            CaseIntakePage intake = CaseIntakePage.open(new HomePage(browser), browser)
                    .caseStep("Identification", "Low", place).next()
                    .victimStep("A-" + Math.abs(place.hashCode()), "Testgiven", "Testfamily", "Possible victim of trafficking")
                    .next().exploitationStep("Forced labour").next().addConsent("Referral to services").next();
            probe(d);
            CaseDetailsPage details = intake.confirm();
            assertEquals("not asked", asked(d), "confirming the intake is not leaving it");
            long id = details.id();

            // A note typed in its dialog, then away: asked.
            openNoteDialog(pf);
            d.findElement(By.id("note:text")).sendKeys("Met the victim at the shelter.");
            probe(d);
            org.openqa.selenium.WebElement page = d.findElement(By.tagName("body"));
            d.navigate().back();
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
            assertEquals("asked", asked(d), "the Back button with text in an open note dialog asks first");

            // Saved, then away: nothing asked. Cancelled, then away: nothing asked.
            CaseDetailsPage.open(browser, id);
            openNoteDialog(pf);
            d.findElement(By.id("note:text")).sendKeys("Met the victim at the shelter.");
            pf.click("note:save");
            browser.settle();
            assertTrue(pf.text("case:tabs:notes").contains("Met the victim at the shelter."), "saved");
            probe(d);
            browser.clickAndLoad(d.findElement(By.id("menuHome")));
            assertEquals("not asked", asked(d), "nothing unsaved after the save");
        }
    }

    private static void openNoteDialog(Pf pf) {
        pf.click(By.cssSelector("a[href='#case:tabs:notesTab']"));
        pf.waitVisible("case:tabs:addNote");
        pf.click("case:tabs:addNote");
        pf.waitVisible("note:text");
    }

    private static void probe(WebDriver d) {
        ((JavascriptExecutor) d).executeScript("sessionStorage.removeItem('probe.asked');"
                + "window.addEventListener('beforeunload', function (e) {"
                + "  sessionStorage.setItem('probe.asked', e.defaultPrevented ? 'asked' : 'not asked');"
                + "});");
    }

    private static String asked(WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript("return sessionStorage.getItem('probe.asked');");
    }

    @Test
    void theIdleWarningCountsDownOffersToStayAndLeadsToLoginWhenTheSessionEnds() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser).logInAs("cw1-jm", TestSettings.DEMO_PASSWORD);
            browser.go("/cases/list.xhtml");
            WebDriver d = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) d;
            assertEquals("1800", d.findElement(By.id("idleWarning")).getAttribute("data-timeout"),
                    "the page knows the server's idle limit (30 minutes)");
            assertFalse(open(d), "no warning while there is time");

            // Limits of seconds instead of minutes: the warning 6 s before a 10 s limit.
            js.executeScript("CaseBridge.armIdleWarning(10, 6);");
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> open(x));
            assertTrue(d.findElement(By.id("idleCountdown")).getText().matches("0 min 0[0-6] s"),
                    d.findElement(By.id("idleCountdown")).getText());
            assertTrue((Boolean) js.executeScript("return document.activeElement.classList.contains('idle-stay');"),
                    "the focus is on Stay logged in");
            assertEquals(List.of(), Axe.seriousViolations(d), "the open warning");
            long before = requests(js);
            d.findElement(By.id("idleForm:stay")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> !open(x));
            assertTrue(requests(js) > before, "staying sent a request to the server");

            // The server forgets the session; the warning comes again and the page goes to the login.
            Cookie old = d.manage().getCookieNamed("JSESSIONID");
            d.manage().deleteCookieNamed("JSESSIONID");
            d.manage().addCookie(new Cookie.Builder("JSESSIONID", "ended-" + System.nanoTime())
                    .path(old == null ? "/" : old.getPath()).isHttpOnly(true).build());
            js.executeScript("CaseBridge.armIdleWarning(5, 3);");
            new WebDriverWait(d, Duration.ofSeconds(25)).until(x -> x.getCurrentUrl().contains("/login.xhtml"));
            LoginPage login = new LoginPage(browser);
            assertTrue(login.messages().contains("Your session ended"), login.messages());
            login.submit("cw1-jm", TestSettings.DEMO_PASSWORD);
            assertTrue(d.getCurrentUrl().contains("/cases/list.xhtml"), "back where they were: " + d.getCurrentUrl());
        }
    }

    private static boolean open(WebDriver d) {
        return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var w = document.getElementById('idleWarning'); return !!(w && w.open);"));
    }

    /** The time of the last request the page made, as the idle warning keeps it. */
    private static long requests(JavascriptExecutor js) {
        Object t = js.executeScript("return parseInt(window.localStorage.getItem('casebridge.lastRequest'), 10) || 0;");
        return ((Number) t).longValue();
    }
}
