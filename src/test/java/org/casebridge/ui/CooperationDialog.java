package org.casebridge.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The New cooperation request dialog of the case shown: country, type, extract fields, the live preview. */
public final class CooperationDialog {

    private final Browser browser;
    private final Pf pf;

    private CooperationDialog(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    /** Opens the Cooperation tab of the case shown and its New cooperation request dialog. */
    public static CooperationDialog open(Browser browser) {
        CooperationTab.open(browser);
        Pf pf = new Pf(browser);
        pf.click("case:tabs:newCooperation");
        pf.waitVisible("coop:purpose");
        return new CooperationDialog(browser);
    }

    /** Chooses in a native select as a user does; its change posts the choice. */
    private CooperationDialog select(String id, String label) {
        new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(label);
        browser.settle();
        return this;
    }

    public CooperationDialog country(String name) {
        return select("coop:country", name);
    }

    public CooperationDialog type(String label) {
        return select("coop:type", label);
    }

    public CooperationDialog urgent() {
        pf.click(By.xpath("//*[@id='coop:priority']//label[normalize-space(.)='Urgent']"));
        return this;
    }

    public CooperationDialog legalBasis(String text) {
        pf.type("coop:legalBasis", text);
        return this;
    }

    public CooperationDialog purpose(String text) {
        pf.type("coop:purpose", text);
        return this;
    }

    public CooperationDialog share(String label) {
        pf.tick("coop:fields", label);
        return this;
    }

    public CooperationDialog sharingBasis(String text) {
        pf.type("coop:sharingBasis", text);
        return this;
    }

    public String preview() {
        return pf.text("coop:preview");
    }

    /** The extract alone, as the preview lists it (without its heading). */
    public String previewExtract() {
        return browser.driver().findElement(By.cssSelector("[id='coop:preview'] .cooperation-extract")).getText();
    }

    public String consent() {
        return pf.text("coop:consent");
    }

    public String fieldMessage(String field) {
        return pf.fieldMessage("coop:" + field);
    }

    public boolean isOpen() {
        return browser.driver().findElement(By.id("coop:purpose")).isDisplayed();
    }

    public void saveDraft() {
        pf.click("coop:draft");
    }

    /** Sends, answering Yes to the confirmation. */
    public void send() {
        pf.click("coop:send");
        pf.confirm();
    }
}
