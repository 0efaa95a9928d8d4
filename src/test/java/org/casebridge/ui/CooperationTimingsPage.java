package org.casebridge.ui;

import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;

/** A supervisor's cooperation response times per counterpart country. */
public final class CooperationTimingsPage {

    private final Browser browser;

    CooperationTimingsPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page at {@code query} (e.g. {@code ?from=2026-01-01&to=2026-06-30}, or empty for the last 12 months). */
    public static CooperationTimingsPage open(Browser browser, String query) {
        browser.go("/cooperation/timings.xhtml" + query);
        browser.settle();
        return new CooperationTimingsPage(browser);
    }

    /** The table's rows as their cells' texts; the first cell is the counterpart's code. */
    public List<List<String>> rows() {
        return browser.driver().findElements(By.cssSelector("#timings tbody tr")).stream()
                .filter(tr -> tr.findElements(By.tagName("td")).size() > 1)
                .map(tr -> Stream.concat(Stream.of(tr.findElement(By.className("counterpart")).getText().trim()),
                        tr.findElements(By.tagName("td")).stream().skip(1).map(td -> td.getText().trim())).toList())
                .toList();
    }

    /** Chooses a period in the date pickers and presses Show. */
    public CooperationTimingsPage show(String from, String to) {
        new Pf(browser).date("period:from", from);
        new Pf(browser).date("period:to", to);
        browser.clickAndLoad(browser.driver().findElement(By.id("period:show")));
        return this;
    }

    public String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
