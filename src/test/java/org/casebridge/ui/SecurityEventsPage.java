package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;

/** The administrators' security events screen with its filters. */
public final class SecurityEventsPage {

    private final Browser browser;
    private final Pf pf;

    private SecurityEventsPage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static SecurityEventsPage open(HomePage home, Browser browser) {
        home.open("security");
        return new SecurityEventsPage(browser);
    }

    public SecurityEventsPage username(String text) {
        pf.type("security:username", text);
        return this;
    }

    public SecurityEventsPage outcome(String label) {
        pf.choose("security:outcome", label);
        return this;
    }

    /** Applies the filters by pressing Enter in the user field, as a keyboard user would. */
    public SecurityEventsPage applyWithEnter() {
        browser.driver().findElement(By.id("security:username")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.settle();
        return this;
    }

    /** The usernames of the rows shown, in order. */
    public List<String> users() {
        return browser.driver().findElements(By.cssSelector("[id='security:table'] .security-user")).stream()
                .map(e -> e.getText()).toList();
    }

    public String table() {
        return pf.text("security:table");
    }

    public String title() {
        return browser.driver().getTitle();
    }
}
