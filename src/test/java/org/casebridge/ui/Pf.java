package org.casebridge.ui;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Driving PrimeFaces inputs as a user would, for the page objects: typing, choosing, ticking, clicking. */
final class Pf {

    private final Browser browser;

    Pf(Browser browser) {
        this.browser = browser;
    }

    void type(String id, String text) {
        WebElement e = driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Types {@code isoDate} into a date field (a {@code cb:date}) as a person does: click into it, select what is
     * there, type. Every browser test that fills a date goes through this, so typing is what they prove.
     */
    void date(String id, String isoDate) {
        WebElement input = driver().findElement(By.id(id + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(isoDate);
    }

    /** Chooses the option labelled {@code label} of a p:selectOneMenu through PrimeFaces' widget API. */
    void choose(String id, String label) {
        String value = new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='" + id + "_input']/option[normalize-space(.)='" + label + "']")))
                .getAttribute("value");
        ((JavascriptExecutor) driver()).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
        browser.settle();
    }

    /** Ticks the checkbox labelled {@code label} of a p:selectManyCheckbox. */
    void tick(String id, String label) {
        click(By.xpath("//*[@id='" + id + "']//label[normalize-space(.)='" + label + "']"));
    }

    void click(String id) {
        click(By.id(id));
    }

    void click(By by) {
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
        browser.settle();
    }

    /** Answers Yes in the global confirmation dialog. */
    void confirm() {
        click("confirmYes");
    }

    void waitVisible(String id) {
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean present(String id) {
        return !driver().findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    /** The message shown beside a field (the p:message that follows it in the form grid). */
    String fieldMessage(String id) {
        return driver().findElement(By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class,'ui-message')][1]"))
                .getText();
    }

    String pageText() {
        return driver().findElement(By.tagName("body")).getText();
    }

    WebDriver driver() {
        return browser.driver();
    }
}
