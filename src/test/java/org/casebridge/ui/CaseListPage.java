package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;

/** The case list with its filters. */
public final class CaseListPage {

    private final Browser browser;
    private final Pf pf;

    private CaseListPage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static CaseListPage open(HomePage home, Browser browser) {
        home.open("cases");
        return new CaseListPage(browser);
    }

    public CaseListPage search(String text) {
        pf.type("cases:q", text);
        return this;
    }

    public CaseListPage status(String label) {
        pf.choose("cases:status", label);
        return this;
    }

    public CaseListPage riskAtLeast(String label) {
        pf.choose("cases:risk", label);
        return this;
    }

    public CaseListPage apply() {
        pf.click("cases:apply");
        return this;
    }

    /** The case numbers listed on the page shown. */
    public List<String> numbers() {
        return browser.driver().findElements(By.cssSelector("[id='cases:table'] a[id$=':open']")).stream()
                .map(a -> a.getText().trim()).toList();
    }

    public String table() {
        return pf.text("cases:table");
    }
}
