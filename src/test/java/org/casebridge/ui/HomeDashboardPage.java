package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The home page's figures and saved searches (issue 13). */
public final class HomeDashboardPage {

    private final Browser browser;
    private final Pf pf;

    HomeDashboardPage(Browser browser) {
        this.browser = browser;
        this.pf = new Pf(browser);
    }

    public static HomeDashboardPage open(Browser browser) {
        browser.go("/index.xhtml");
        browser.settle();
        return new HomeDashboardPage(browser);
    }

    public boolean shows(String sectionId) {
        return pf.present(sectionId);
    }

    private WebElement figure(String key) {
        return browser.driver().findElement(By.cssSelector("a[data-figure='" + key + "']"));
    }

    /** The number a figure shows. */
    public long value(String key) {
        WebElement f = figure(key);
        List<WebElement> value = f.findElements(By.className("figure-value"));
        return Long.parseLong((value.isEmpty() ? f : value.get(0)).getText().trim());
    }

    /** Follows a figure's link to its list. */
    public CaseListPage openCases(String key) {
        browser.clickAndLoad(figure(key));
        return CaseListPage.shown(browser);
    }

    public List<String> savedSearches() {
        return browser.driver().findElements(By.cssSelector("#savedSearches a.saved-link")).stream().map(WebElement::getText).toList();
    }

    public CaseListPage openSaved(String name) {
        browser.clickAndLoad(browser.driver().findElement(By.xpath("//ul[@id='savedSearches']//a[normalize-space(.)='" + name + "']")));
        return CaseListPage.shown(browser);
    }

    public HomeDashboardPage deleteSaved(String name) {
        pf.click(By.xpath("//li[@data-saved='" + name + "']//button[contains(@class,'saved-delete')]"));
        pf.confirm();
        return this;
    }

    public String text(String id) {
        return pf.text(id);
    }
}
