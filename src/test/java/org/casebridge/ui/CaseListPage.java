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

    /** The list at {@code address} (a query string with its '?', or empty), as a bookmark or Back opens it. */
    public static CaseListPage at(Browser browser, String address) {
        browser.go("/cases/list.xhtml" + address);
        browser.settle();
        return new CaseListPage(browser);
    }

    /** The list the browser shows now (after Back or a link). */
    public static CaseListPage shown(Browser browser) {
        browser.settle();
        return new CaseListPage(browser);
    }

    public CaseListPage number(String part) {
        pf.type("cases:number", part);
        return this;
    }

    /** Clicks the case number column's header: sorts by number, ascending first, descending the next time. */
    public CaseListPage sortByNumber() {
        pf.click(By.cssSelector("[id='cases:table'] th.ui-sortable-column[aria-label^='Case number']"));
        return this;
    }

    public CaseListPage nextPage() {
        pf.click(By.cssSelector("[id='cases:table'] .ui-paginator-next"));
        return this;
    }

    /** The page report under the table, e.g. "Page 2 of 2". */
    public String pageReport() {
        return browser.driver().findElement(By.cssSelector("[id='cases:table'] .ui-paginator-current")).getText();
    }

    /** Opens the case listed with {@code number} by its link. */
    public CaseDetailsPage openCase(String number) {
        browser.clickAndLoad(browser.driver().findElement(By.xpath(
                "//*[@id='cases:table']//a[contains(@id,':open') and normalize-space(.)='" + number + "']")));
        return new CaseDetailsPage(browser);
    }

    /** The labels the country filter offers. */
    public List<String> countryOptions() {
        return browser.driver().findElements(By.cssSelector("select[id='cases:country_input'] option")).stream()
                .map(o -> o.getAttribute("textContent").trim()).toList();
    }

    public String searchText() {
        return browser.driver().findElement(By.id("cases:q")).getAttribute("value");
    }

    /** What the list says it left out of its address. */
    public String leftOut() {
        return pf.present("cases:leftOut") ? pf.text("cases:leftOut") : "";
    }

    /** The query string of the browser's address. */
    public String address() {
        String url = browser.driver().getCurrentUrl();
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q);
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

    /** How many cases the list has: the page report's total, or the rows shown when it fits on one page. */
    public long total() {
        List<org.openqa.selenium.WebElement> report = browser.driver().findElements(
                By.cssSelector("[id='cases:table'] .ui-paginator-current"));
        if (!report.isEmpty() && report.get(0).isDisplayed()) {
            String text = report.get(0).getText();
            return Long.parseLong(text.substring(text.lastIndexOf(' ') + 1).trim());
        }
        return numbers().size();
    }

    /** Whether the checkbox of a filter (its id in the form, e.g. "overdue") is ticked. */
    public boolean ticked(String id) {
        return browser.driver().findElement(By.id("cases:" + id + "_input")).isSelected();
    }

    /** Saves the filters applied now under {@code name} (the Save this search dialog). */
    public CaseListPage saveSearch(String name) {
        pf.click("cases:saveSearch");
        pf.waitVisible("saveSearch:searchName");
        pf.type("saveSearch:searchName", name);
        pf.click("saveSearch:saveSearchButton");
        return this;
    }
}
