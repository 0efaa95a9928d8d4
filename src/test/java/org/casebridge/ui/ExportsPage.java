package org.casebridge.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The exports screen: the form that asks for an export and the caller's jobs with their progress bars. */
public final class ExportsPage {

    private final Browser browser;

    private ExportsPage(Browser browser) {
        this.browser = browser;
    }

    public static ExportsPage open(Browser browser) {
        browser.go("/exports/list.xhtml");
        browser.settle();
        return new ExportsPage(browser);
    }

    public void tick(String field) {
        WebDriver d = browser.driver();
        List<WebElement> boxes = d.findElements(By.cssSelector("#ask\\:identifying .ui-chkbox-box"));
        List<WebElement> labels = d.findElements(By.cssSelector("#ask\\:identifying label"));
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).getText().trim().equals(field)) {
                boxes.get(i).click();
                return;
            }
        }
        throw new IllegalArgumentException("no identifying field " + field);
    }

    public void reason(String text) {
        WebElement r = browser.driver().findElement(By.id("ask:reason"));
        r.clear();
        r.sendKeys(text);
    }

    public void start() {
        browser.driver().findElement(By.id("ask:start")).click();
        browser.settle();
    }

    /** The status of job {@code id} as shown (data-status), or null when it is not listed. */
    public String status(long id) {
        return fresh(id, row -> row.getAttribute("data-status"));
    }

    /** Waits until job {@code id} shows {@code status}, which the polling progress bar brings without a click. */
    public void awaitStatus(long id, String status) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> status.equals(status(id)));
        browser.settle();
    }

    /** The progress bar's label of job {@code id} ("100%"), or null when it has none. */
    public String progress(long id) {
        return fresh(id, row -> {
            List<WebElement> bars = row.findElements(By.cssSelector(".export-progress .ui-progressbar-label"));
            return bars.isEmpty() ? null : bars.get(0).getText().trim();
        });
    }

    public void download(long id) {
        fresh(id, row -> {
            row.findElement(By.cssSelector(".export-download")).click();
            return "clicked";
        });
    }

    public String fieldMessage(String id) {
        List<WebElement> m = browser.driver().findElements(By.cssSelector("[id='ask:" + id + "'] ~ .ui-message, .ui-message"));
        return m.stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    public String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /**
     * Reads job {@code id}'s row, or null when it is not listed. The progress poll re-renders the list every
     * second, so a row found a moment ago may be gone by the time it is read: then it is found again.
     */
    private String fresh(long id, Function<WebElement, String> read) {
        for (int attempt = 1; ; attempt++) {
            List<WebElement> rows = job(id);
            if (rows.isEmpty()) {
                return null;
            }
            try {
                return read.apply(rows.get(0));
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private List<WebElement> job(long id) {
        return browser.driver().findElements(By.cssSelector("li.export-job[data-export='" + id + "']"));
    }
}
