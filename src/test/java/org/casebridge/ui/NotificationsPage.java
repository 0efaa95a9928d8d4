package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The notifications page, and the unread badge in the menu. */
public final class NotificationsPage {

    private final Browser browser;

    private NotificationsPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page through the menu. */
    public static NotificationsPage open(HomePage home, Browser browser) {
        home.open("notifications");
        browser.settle();
        return new NotificationsPage(browser);
    }

    /** The number on the menu badge, or 0 when there is none. */
    public static int badge(Browser browser) {
        List<WebElement> badge = browser.driver().findElements(By.id("unreadBadge"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().trim());
    }

    /** The kinds of the notifications shown, newest first. */
    public List<String> kinds() {
        return browser.driver().findElements(By.cssSelector("#notificationList li.notification")).stream()
                .map(li -> li.getAttribute("data-kind")).toList();
    }

    /** The text shown for the newest notification. */
    public String firstText() {
        return browser.driver().findElement(By.cssSelector("#notificationList li.notification .what")).getText();
    }

    /** The link of the newest notification to its record. */
    public String firstLink() {
        return browser.driver().findElement(By.cssSelector("#notificationList li.notification a.open-link")).getAttribute("href");
    }

    public int unreadShown() {
        return browser.driver().findElements(By.cssSelector("#notificationList li.is-unread")).size();
    }

    public NotificationsPage markFirstRead() {
        browser.driver().findElement(By.cssSelector("#notificationList li.is-unread button.mark-read")).click();
        browser.settle();
        return this;
    }

    public NotificationsPage markAllRead() {
        browser.driver().findElement(By.id("notifications:markAll")).click();
        browser.settle();
        return this;
    }

    public String pageText() {
        return browser.driver().findElement(By.id("main")).getText();
    }

    public NotificationsPage turnEmailsOff() {
        WebElement box = browser.driver().findElement(By.cssSelector("#settings\\:emails .ui-chkbox-box"));
        if (box.getAttribute("class").contains("ui-state-active")) {
            box.click();
        }
        browser.driver().findElement(By.id("settings:saveEmails")).click();
        browser.settle();
        return this;
    }
}
