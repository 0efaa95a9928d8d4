package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.casebridge.it.Api;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The case screens on a phone 390 px wide: the page never scrolls sideways (the header wraps, the
 * filters stack, wide tables scroll inside themselves) and the menu and Log out stay within reach, for a
 * caseworker and for a refused screen.
 */
class NarrowScreenIT {

    @Test
    void caseScreensFitAPhoneWithoutScrollingSideways() {
        String body = "{\"details\":{\"stage\":\"IDENTIFICATION\",\"riskLevel\":\"HIGH\",\"identificationDate\":\"2026-11-20\","
                + "\"identificationPlace\":\"Kingston harbour\",\"exploitationTypes\":[\"FORCED_LABOUR\"],"
                + "\"forcedLabourIndustry\":\"A\"},\"victim\":{\"alias\":\"Rose\",\"traffickingStatus\":\"POSSIBLE\"},"
                + "\"consents\":[]}";
        long id = Api.rest().post("/api/cases", "cw1-jm", body).json().getJsonNumber("id").longValue();
        fits("cw1-jm", "/cases/details.xhtml?id=" + id);
        fits("cw1-jm", "/cases/list.xhtml");
        fits("cw1-jm", "/cases/intake.xhtml");
        fits("cw2-jm", "/cases/details.xhtml?id=" + id);
        fits("partner1-jm", "/cases/list.xhtml");
        fits("partner1-jm", "/cases/intake.xhtml");
        fits("cw1-jm", "/audit/log.xhtml");
        fits("cw1-jm", "/directory/agencies.xhtml");
        fits("sup-jm", "/audit/log.xhtml");
    }

    @Test
    void referralScreensFitAPhoneWithoutScrollingSideways() {
        JsonObject c = ReferralScreensIT.openCase("narrow-referral-" + java.util.UUID.randomUUID(), true);
        long id = ReferralScreensIT.refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        fits("partner1-jm", "/referrals/list.xhtml");
        fits("partner1-jm", "/referrals/details.xhtml?id=" + id);
        fits("partner2-jm", "/referrals/details.xhtml?id=" + id);
        fits("cw1-jm", "/referrals/details.xhtml?id=" + id);
        fits("sup-jm", "/referrals/list.xhtml");
    }

    static void fits(String user, String path) {
        fits(user, path, null);
    }

    /**
     * Opens {@code path} as {@code user} on a 390 px screen: the page does not scroll sideways, and the
     * first menu entry and Log out are within the screen. Saves a screenshot named {@code screenshot} when given.
     */
    static void fits(String user, String path, String screenshot) {
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            LoginPage.open(browser).logInAs(user, TestSettings.DEMO_PASSWORD);
            browser.go(path);
            browser.settle();
            Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, path + " as " + user + " is " + overflow + " px wider than a 390 px screen");
            for (WebElement e : List.of(browser.driver().findElement(By.cssSelector("#mainMenu a")),
                    browser.driver().findElement(By.id("userForm:logout")))) {
                Rectangle r = e.getRect();
                assertTrue(e.isDisplayed() && r.getX() >= 0 && r.getX() + r.getWidth() <= 390,
                        "'" + e.getText() + "' within the screen on " + path + ": " + r);
            }
            if (screenshot != null) {
                browser.screenshot(screenshot);
            }
        }
    }
}
