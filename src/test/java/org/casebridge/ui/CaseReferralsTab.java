package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;

/** The Referrals tab of the case shown. */
public final class CaseReferralsTab {

    private final Browser browser;

    private CaseReferralsTab(Browser browser) {
        this.browser = browser;
    }

    public static CaseReferralsTab open(Browser browser) {
        Pf pf = new Pf(browser);
        pf.click(By.cssSelector("a[href='#case:tabs:referralsTab']"));
        pf.waitVisible("case:tabs:caseReferrals");
        return new CaseReferralsTab(browser);
    }

    public List<String> statuses() {
        return browser.driver().findElements(By.cssSelector("[id^='case:tabs:caseReferrals:'][id$=':referralStatus']"))
                .stream().map(e -> e.getText().trim()).toList();
    }

    public List<Long> ids() {
        return browser.driver().findElements(By.cssSelector("[id^='case:tabs:caseReferrals:'][id$=':openReferral']"))
                .stream().map(e -> Long.valueOf(e.getText().trim())).toList();
    }

    public String text() {
        return browser.driver().findElement(By.id("case:tabs:referralsPanel")).getText();
    }
}
