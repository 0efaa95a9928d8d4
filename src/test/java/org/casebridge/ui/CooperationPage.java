package org.casebridge.ui;

import java.nio.file.Path;
import org.openqa.selenium.By;

/** One cooperation request's page, as either country sees it: the sheet, the extract, the thread and the actions. */
public final class CooperationPage {

    private final Browser browser;
    private final Pf pf;

    private CooperationPage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static CooperationPage open(Browser browser, long id) {
        browser.go("/cooperation/details.xhtml?id=" + id);
        browser.settle();
        return new CooperationPage(browser);
    }

    public boolean isShown() {
        return pf.present("reference");
    }

    public String refusal() {
        return pf.present("refusedTitle") ? pf.text("refusedTitle") : "";
    }

    public String reference() {
        return pf.text("reference");
    }

    public String status() {
        return pf.text("status");
    }

    public String extract() {
        return pf.text("request:extract");
    }

    /** The extract alone, as the page lists it (without its heading). */
    public String extractList() {
        return browser.driver().findElement(By.cssSelector("[id='request:extract'] .cooperation-extract")).getText();
    }

    public String facts() {
        return pf.text("requestFacts");
    }

    public String thread() {
        return pf.text("thread");
    }

    public boolean offers(String button) {
        return pf.present("request:" + button);
    }

    public CooperationPage acknowledge() {
        pf.click("request:acknowledge");
        pf.confirm();
        return this;
    }

    public CooperationPage close() {
        pf.click("request:close");
        pf.confirm();
        return this;
    }

    /** Opens the dialog of a text action (answer, refuse, withdraw, discard, followUp, sharingBasis), types, confirms. */
    public CooperationPage textAction(String button, String text) {
        pf.click("request:" + button);
        pf.waitVisible("text:value");
        pf.type("text:value", text);
        pf.click("text:save");
        pf.confirm();
        return this;
    }

    /** Links the request to the case of the caller's country numbered {@code number}. */
    public CooperationPage link(String number) {
        pf.click("request:link");
        pf.waitVisible("link:number");
        pf.type("link:number", number);
        pf.click("link:save");
        return this;
    }

    public CooperationPage send() {
        pf.click("request:send");
        pf.confirm();
        return this;
    }

    public String textDialogMessages() {
        return pf.text("text:messages");
    }

    /** Writes a message, with {@code file} attached when not null, and sends it. */
    public CooperationPage post(String body, Path file) {
        pf.type("post:body", body);
        if (file != null) {
            browser.driver().findElement(By.cssSelector("#post input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        }
        pf.click("post:send");
        return this;
    }

    public String fieldMessage(String id) {
        return pf.fieldMessage(id);
    }

    public String postMessages() {
        return pf.text("post");
    }

    /** Clicks the first attachment link of the thread (a download). */
    public void downloadFirstAttachment() {
        browser.driver().findElement(By.cssSelector("#thread .attachment-link")).click();
        browser.settle();
    }

    public String pageText() {
        return pf.pageText();
    }
}
