package org.casebridge.ui;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's user list with its create dialog. */
public final class UsersPage {

    private final Browser browser;

    UsersPage(Browser browser) {
        this.browser = browser;
    }

    public static UsersPage open(HomePage home, Browser browser) {
        home.open("users");
        return new UsersPage(browser);
    }

    public UsersPage startCreate() {
        click(By.id("users:newUser"));
        new WebDriverWait(driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("create:username")));
        return this;
    }

    public UsersPage fill(String username, String name, String agencyCode, String roleLabel, String password) {
        type("create:username", username);
        type("create:displayName", name);
        // The option's value from its rendered item, chosen through PrimeFaces' widget API.
        String value = new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='create:agency_input']/option[contains(., '" + agencyCode + "')]")))
                .getAttribute("value");
        ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                "var w = PrimeFaces.getWidgetById('create:agency'); w.selectValue(arguments[0]);", value);
        browser.settle();
        click(By.xpath("//table[@id='create:roles']//label[normalize-space(text())='" + roleLabel + "']"
                + " | //*[@id='create:roles']//label[normalize-space(text())='" + roleLabel + "']"));
        type("create:password", password);
        return this;
    }

    public UsersPage save() {
        click(By.id("create:save"));
        return this;
    }

    public boolean createDialogOpen() {
        return driver().findElement(By.id("create:username")).isDisplayed();
    }

    /** The message shown beside a field of the create dialog. */
    public String fieldMessage(String field) {
        return driver().findElement(By.cssSelector("[id='create:" + field + "'] ~ .ui-message, .ui-message[id$='create:"
                + field + "']")).getText();
    }

    public String pageText() {
        return driver().findElement(By.tagName("body")).getText();
    }

    public UsersPage search(String text) {
        type("users:filter", text);
        click(By.id("users:search"));
        return this;
    }

    public String table() {
        return driver().findElement(By.id("users:table")).getText();
    }

    private void type(String id, String text) {
        WebElement e = driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private void click(By by) {
        driver().findElement(by).click();
        browser.settle();
    }

    private WebDriver driver() {
        return browser.driver();
    }
}
