package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.casebridge.it.Api;
import org.casebridge.it.Notifications;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** A partner sees the unread badge after a referral is sent to its agency, opens the notifications and reads them. */
class NotificationsIT {

    @Test
    void theBadgeCountsNewReferralsAndReadingThemClearsIt() {
        Api api = Api.rest();
        String partner = Notifications.user(api, "ui-np", "JM-SAFEHOUSE", "partner");
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            HomePage home = LoginPage.open(browser).logInAs(partner, TestSettings.DEMO_PASSWORD);
            assertEquals(0, NotificationsPage.badge(browser), "nothing yet");
            NotificationsPage page = NotificationsPage.open(home, browser);
            assertTrue(page.pageText().contains("You have no notifications"), "the empty state: " + page.pageText());

            long first = Notifications.referral(api, "JM-SAFEHOUSE");
            long second = Notifications.referral(api, "JM-SAFEHOUSE");
            browser.go("/index.xhtml");
            browser.settle();
            assertEquals(2, NotificationsPage.badge(browser), "two new referrals");

            page = NotificationsPage.open(home, browser);
            assertEquals(List.of("REFERRAL_RECEIVED", "REFERRAL_RECEIVED"), page.kinds());
            assertEquals("A new referral was sent to your agency.", page.firstText());
            assertTrue(page.firstLink().endsWith("/referrals/details.xhtml?id=" + second), "newest first: " + page.firstLink());
            Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, "fits 390 px: " + overflow);
            browser.screenshot("notifications");

            page.markFirstRead();
            assertEquals(1, NotificationsPage.badge(browser), "one left");
            assertEquals(1, page.unreadShown());
            page.markAllRead();
            assertEquals(0, NotificationsPage.badge(browser), "the badge is gone");
            assertEquals(0, page.unreadShown());

            page.turnEmailsOff();
            JsonObject settings = api.get("/api/me/notification-settings", partner).json();
            assertFalse(settings.getBoolean("emails"), "the choice is saved: " + settings);
            assertTrue(first < second);
        }
    }
}
