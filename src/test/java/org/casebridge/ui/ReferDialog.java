package org.casebridge.ui;

import org.openqa.selenium.By;

/** The Refer dialog of a case's victim: partner, services, summary, the live preview and the consent check. */
public final class ReferDialog {

    private final Browser browser;
    private final Pf pf;

    ReferDialog(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    /** Opens the Victims tab of the case shown and the Refer dialog of its {@code row}-th victim (from 0). */
    public static ReferDialog open(Browser browser, int row) {
        Pf pf = new Pf(browser);
        pf.click(By.cssSelector("a[href='#case:tabs:victimsTab']"));
        pf.click("case:tabs:victims:" + row + ":referVictim");
        pf.waitVisible("refer:reason");
        return new ReferDialog(browser);
    }

    public ReferDialog country(String name) {
        select("refer:country", name);
        return this;
    }

    /** Chooses in a native select as a user does; its change posts the choice. */
    private void select(String id, String label) {
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id(id))).selectByVisibleText(label);
        browser.settle();
    }

    public ReferDialog service(String label) {
        pf.tick("refer:services", label);
        return this;
    }

    /** Chooses the partner whose option reads "Name – CODE". */
    public ReferDialog agency(String label) {
        select("refer:agency", label);
        return this;
    }

    public ReferDialog urgent() {
        pf.click(By.xpath("//*[@id='refer:urgency']//label[normalize-space(.)='Urgent']"));
        return this;
    }

    public ReferDialog share(String label) {
        pf.tick("refer:share", label);
        return this;
    }

    /** Writes the needs; the preview follows when the field is left (the reason is typed next). */
    public ReferDialog needs(String text) {
        pf.type("refer:needs", text);
        return this;
    }

    public ReferDialog reason(String text) {
        pf.click("refer:reason");
        browser.settle();
        pf.type("refer:reason", text);
        return this;
    }

    public String preview() {
        return pf.text("refer:preview");
    }

    public String consent() {
        return pf.text("refer:consent");
    }

    public boolean sendEnabled() {
        return browser.driver().findElement(By.id("refer:send")).isEnabled();
    }

    public void send() {
        pf.click("refer:send");
        pf.confirm();
    }

    public void saveDraft() {
        pf.click("refer:draft");
    }

    public String messages() {
        return pf.text("refer:messages");
    }
}
