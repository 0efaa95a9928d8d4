package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;

/** The Cooperation tab of the case shown. */
public final class CooperationTab {

    private final Browser browser;

    private CooperationTab(Browser browser) {
        this.browser = browser;
    }

    public static CooperationTab open(Browser browser) {
        Pf pf = new Pf(browser);
        pf.click(By.cssSelector("a[href='#case:tabs:cooperationTab']"));
        pf.waitVisible("case:tabs:caseCooperation");
        return new CooperationTab(browser);
    }

    public List<String> statuses() {
        return browser.driver().findElements(By.cssSelector("[id^='case:tabs:caseCooperation:'][id$=':requestStatus']"))
                .stream().map(e -> e.getText().trim()).toList();
    }

    /** The request ids the rows link to. */
    public List<Long> ids() {
        return browser.driver().findElements(By.cssSelector("[id^='case:tabs:caseCooperation:'][id$=':openRequest']"))
                .stream().map(e -> Long.valueOf(e.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1"))).toList();
    }

    public String text() {
        return browser.driver().findElement(By.id("case:tabs:cooperationPanel")).getText();
    }
}
