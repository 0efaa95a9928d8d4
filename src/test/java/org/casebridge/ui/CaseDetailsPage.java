package org.casebridge.ui;

import java.net.URI;
import org.openqa.selenium.By;

/** The details of one case: header, action buttons, tabs and dialogs. */
public final class CaseDetailsPage {

    private final Browser browser;
    private final Pf pf;

    CaseDetailsPage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static CaseDetailsPage open(Browser browser, long id) {
        browser.go("/cases/details.xhtml?id=" + id);
        browser.settle();
        return new CaseDetailsPage(browser);
    }

    /** The case id from the address of the page. */
    public long id() {
        String query = URI.create(browser.driver().getCurrentUrl()).getQuery();
        for (String part : query.split("&")) {
            if (part.startsWith("id=")) {
                return Long.parseLong(part.substring(3));
            }
        }
        throw new IllegalStateException("no case id in " + browser.driver().getCurrentUrl());
    }

    /** Opens the History tab (read when opened) and answers its table's text. */
    public String history() {
        pf.click(By.cssSelector("a[href='#case:tabs:historyTab']"));
        pf.waitVisible("case:tabs:history");
        return pf.text("case:tabs:history");
    }

    /** Follows "Back to the list" to the case list. */
    public CaseListPage backToList() {
        browser.clickAndLoad(browser.driver().findElement(By.cssSelector("a[id$='backToList']")));
        return CaseListPage.shown(browser);
    }

    public boolean isShown() {
        return pf.present("caseNumber");
    }

    public String number() {
        return pf.text("caseNumber");
    }

    public String status() {
        return pf.text("caseStatus");
    }

    public String header() {
        return pf.text("caseHeader");
    }

    public String summaryRisk() {
        return pf.text("summaryRisk");
    }

    public String assignedTo() {
        return pf.text("summaryAssigned");
    }

    /** Reassigns the case to the caseworker with the option label {@code caseworker} ("Name – AGENCY-CODE"). */
    public CaseDetailsPage reassign(String caseworker) {
        pf.click("case:tabs:reassign");
        pf.waitVisible("team:user");
        pf.choose("team:user", caseworker);
        pf.click("team:save");
        return this;
    }

    public boolean offers(String button) {
        return pf.present("case:" + button);
    }

    public CaseDetailsPage editRisk(String risk) {
        return startEdit().chooseRisk(risk).saveEdit();
    }

    public CaseDetailsPage chooseRisk(String risk) {
        pf.choose("caseEdit:risk", risk);
        return this;
    }

    public CaseDetailsPage startEdit() {
        pf.click("case:edit");
        pf.waitVisible("caseEdit:stage");
        return this;
    }

    /** Types a date into a field of the edit dialog ({@code identificationDate}, {@code reviewDue}). */
    public CaseDetailsPage typeEditDate(String field, String isoDate) {
        pf.date("caseEdit:" + field, isoDate);
        return this;
    }

    public CaseDetailsPage saveEdit() {
        pf.click("caseEdit:save");
        return this;
    }

    /** Types into a text field of the edit dialog ({@code identificationPlace}). */
    public CaseDetailsPage typeEditText(String field, String text) {
        pf.type("caseEdit:" + field, text);
        return this;
    }

    public String editText(String field) {
        return browser.driver().findElement(org.openqa.selenium.By.id("caseEdit:" + field)).getAttribute("value");
    }

    /** The risk level the edit dialog shows as chosen. */
    public String editRiskChosen() {
        return pf.text("caseEdit:risk_label");
    }

    /** What the edit dialog says changed meanwhile, when a save met a newer version. */
    public String editConflict() {
        pf.waitVisible("caseEdit:conflict");
        return pf.text("caseEdit:conflict");
    }

    public CaseDetailsPage reapplyEdit() {
        pf.click("caseEdit:reapply");
        return this;
    }

    public String editDialogMessages() {
        return pf.text("caseEdit:messages");
    }

    public CaseDetailsPage requestClosure(String closeAs, String reason) {
        pf.click("case:requestClosure");
        pf.waitVisible("closure:reason");
        pf.choose("closure:status", closeAs);
        pf.type("closure:reason", reason);
        pf.click("closure:save");
        return this;
    }

    public CaseDetailsPage approveClosure(String comment) {
        pf.click("case:approveClosure");
        return decide(comment);
    }

    public CaseDetailsPage rejectClosure(String comment) {
        pf.click("case:rejectClosure");
        return decide(comment);
    }

    private CaseDetailsPage decide(String comment) {
        pf.waitVisible("approval:comment");
        pf.type("approval:comment", comment);
        pf.click("approval:save");
        pf.confirm();
        return this;
    }

    public CaseDetailsPage reopen(String reason) {
        pf.click("case:reopen");
        pf.waitVisible("reopen:reason");
        pf.type("reopen:reason", reason);
        pf.click("reopen:save");
        pf.confirm();
        return this;
    }

    public String pageText() {
        return pf.pageText();
    }
}
