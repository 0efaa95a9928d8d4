package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The supervisor's audit log. */
public final class AuditLogPage {

    private final Browser browser;
    private final Pf pf;

    private AuditLogPage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static AuditLogPage open(Browser browser) {
        browser.go("/audit/log.xhtml");
        browser.settle();
        return new AuditLogPage(browser);
    }

    public AuditLogPage user(String username) {
        pf.type("audit:username", username);
        return this;
    }

    public AuditLogPage action(String label) {
        pf.choose("audit:action", label);
        return this;
    }

    public AuditLogPage recordType(String label) {
        pf.choose("audit:recordType", label);
        return this;
    }

    /** The labels the record type filter offers. */
    public List<String> recordTypes() {
        return browser.driver().findElements(By.cssSelector("select[id='audit:recordType_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").trim()).toList();
    }

    public boolean hidesOwnViews() {
        return browser.driver().findElement(By.id("audit:hideOwn_input")).isSelected();
    }

    public AuditLogPage toggleHideOwnViews() {
        pf.click(By.cssSelector("[id='audit:hideOwn'] .ui-chkbox-box"));
        return this;
    }

    public AuditLogPage apply() {
        pf.click("audit:apply");
        return this;
    }

    public AuditLogPage verify() {
        pf.click("audit:verify");
        return this;
    }

    public String table() {
        return pf.text("audit:table");
    }

    /** The "N records" disclosures of the rows shown. */
    public List<WebElement> shownLists() {
        return browser.driver().findElements(By.cssSelector("[id='audit:table'] details.audit-shown"));
    }

    public WebElement verifyResult() {
        return browser.driver().findElement(By.id("verifyResult"));
    }

    public WebElement filters() {
        return browser.driver().findElement(By.id("audit"));
    }

    /** The header of the time column (it names the time zone the times are in). */
    public String timeHeader() {
        return browser.driver().findElements(By.cssSelector("[id='audit:table'] thead th")).get(1).getText().trim();
    }

    /** The time cell of the row with audit sequence {@code sequence}. */
    public WebElement timeOf(long sequence) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("[id='audit:table_data'] > tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.size() > 1 && cells.get(0).getText().trim().equals(Long.toString(sequence))) {
                return cells.get(1).findElement(By.className("audit-time"));
            }
        }
        throw new AssertionError("no row with sequence " + sequence + " in " + table());
    }
}
