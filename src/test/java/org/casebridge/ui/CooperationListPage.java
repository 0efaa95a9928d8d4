package org.casebridge.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The cooperation request list of a focal point or supervisor: outgoing or incoming, filtered, paged. */
public final class CooperationListPage {

    /** One row as the user reads it. */
    public record Row(long id, String reference, String counterpart, String status, boolean overdue, String text) {
    }

    private final Browser browser;

    CooperationListPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the list at {@code query} (e.g. {@code ?direction=incoming}, or empty). */
    public static CooperationListPage open(Browser browser, String query) {
        browser.go("/cooperation/list.xhtml" + query);
        browser.settle();
        return new CooperationListPage(browser);
    }

    /** The rows of the page shown, top to bottom. */
    public List<Row> rows() {
        return browser.driver().findElements(By.cssSelector("#requests tbody tr")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector("a.request-link")).isEmpty()).map(CooperationListPage::row).toList();
    }

    private static Row row(WebElement tr) {
        WebElement link = tr.findElement(By.cssSelector("a.request-link"));
        List<WebElement> cells = tr.findElements(By.tagName("td"));
        String text = tr.getText();
        boolean marked = tr.getAttribute("class").contains("cooperation-overdue");
        return new Row(Long.parseLong(link.getAttribute("data-id")), link.getText().trim(),
                cells.get(1).findElement(By.className("counterpart")).getText().trim(),
                cells.get(4).getText().trim(), marked && text.contains("Overdue"), text);
    }

    /** Every row of the list, by id, following "Next page" to the end; leaves the browser on the last page. */
    public Map<Long, Row> allRows() {
        Map<Long, Row> all = new LinkedHashMap<>();
        rows().forEach(r -> all.put(r.id(), r));
        while (hasNext()) {
            next();
            rows().forEach(r -> all.put(r.id(), r));
        }
        return all;
    }

    public CooperationListPage filterStatus(String label) {
        new Select(browser.driver().findElement(By.id("filters:status"))).selectByVisibleText(label);
        browser.clickAndLoad(browser.driver().findElement(By.id("filters:apply")));
        return this;
    }

    public String chosenStatus() {
        return new Select(browser.driver().findElement(By.id("filters:status"))).getFirstSelectedOption().getText();
    }

    public CooperationListPage incoming() {
        browser.clickAndLoad(browser.driver().findElement(By.id("incoming")));
        return this;
    }

    public boolean hasNext() {
        return !browser.driver().findElements(By.id("next")).isEmpty();
    }

    public CooperationListPage next() {
        browser.clickAndLoad(browser.driver().findElement(By.id("next")));
        return this;
    }

    public CooperationListPage first() {
        browser.clickAndLoad(browser.driver().findElement(By.id("first")));
        return this;
    }

    /** Follows a row's link (to the request's details page). */
    public void openRequest(long id) {
        browser.clickAndLoad(browser.driver().findElement(By.id("open-" + id)));
    }

    public String total() {
        return browser.driver().findElement(By.id("total")).getText();
    }

    public String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
