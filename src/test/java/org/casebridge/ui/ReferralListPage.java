package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The referral list: a partner's inbox, or the sending side's and a supervisor's overview. */
public final class ReferralListPage {

    private final Browser browser;
    private final Pf pf;

    ReferralListPage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static ReferralListPage open(Browser browser) {
        browser.go("/referrals/list.xhtml");
        browser.settle();
        return new ReferralListPage(browser);
    }

    /** The referral numbers on the page shown, top to bottom. */
    public List<Long> ids() {
        return browser.driver().findElements(By.cssSelector("[id$=':open']")).stream()
                .map(a -> Long.valueOf(a.getText().trim())).toList();
    }

    public boolean isOverdue(long id) {
        return row(id).getAttribute("class").contains("referral-overdue");
    }

    public ReferralListPage filter(String status, boolean overdueOnly) {
        if (status != null) {
            pf.choose("referrals:status", status);
        }
        if (overdueOnly) {
            pf.click(By.cssSelector("#referrals\\:overdue .ui-chkbox-box"));
        }
        pf.click("referrals:apply");
        return this;
    }

    public ReferralPage openReferral(long id) {
        browser.clickAndLoad(row(id).findElement(By.cssSelector("[id$=':open']")));
        return new ReferralPage(browser);
    }

    /**
     * Tampers with the first row, as a user could with the browser's tools: its row key becomes
     * {@code otherId}, then the row is chosen (clicked outside the link).
     */
    public ReferralListPage selectTamperedRow(long otherId) {
        WebElement first = browser.driver().findElement(By.cssSelector("#referrals\\:table tr[data-rk]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].setAttribute('data-rk', arguments[1]);", first,
                Long.toString(otherId));
        first.findElements(By.tagName("td")).get(2).click();
        browser.settle();
        return this;
    }

    public String messages() {
        return pf.text("referrals:messages");
    }

    public String pageText() {
        return pf.pageText();
    }

    private WebElement row(long id) {
        return browser.driver().findElement(By.cssSelector("#referrals\\:table tr[data-rk='" + id + "']"));
    }
}
