package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "My account": the own password and the second factor. */
public final class MyAccountPage {

    private final Browser browser;

    MyAccountPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page through the link beside the user's name in the top bar. */
    public static MyAccountPage fromMenu(Browser browser) {
        browser.clickAndLoad(browser.driver().findElement(By.id("userForm:myAccount")));
        return new MyAccountPage(browser);
    }

    public static boolean isShown(Browser browser) {
        return browser.driver().getCurrentUrl().contains("/account/me.xhtml")
                && !browser.driver().findElements(By.id("password:change")).isEmpty();
    }

    public MyAccountPage changePassword(String current, String next) {
        WebDriver d = browser.driver();
        d.findElement(By.id("password:current")).sendKeys(current);
        d.findElement(By.id("password:new")).sendKeys(next);
        d.findElement(By.id("password:repeat")).sendKeys(next);
        browser.clickAndLoad(d.findElement(By.id("password:change")));
        return this;
    }

    /** Starts enrolling; returns the secret the page shows as text (what a user would type into an app). */
    public String startSecondFactor() {
        browser.clickAndLoad(browser.driver().findElement(By.id("factor:start")));
        return browser.driver().findElement(By.id("secret")).getText();
    }

    public boolean showsQrCode() {
        WebElement img = browser.driver().findElement(By.id("qrCode"));
        return img.getAttribute("src").startsWith("data:image/svg+xml;base64,")
                && Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
    }

    public MyAccountPage confirm(String code) {
        WebDriver d = browser.driver();
        d.findElement(By.id("factor:code")).sendKeys(code);
        browser.clickAndLoad(d.findElement(By.id("factor:confirm")));
        return this;
    }

    public List<String> recoveryCodes() {
        return browser.driver().findElements(By.cssSelector("#recoveryCodes code")).stream().map(WebElement::getText).toList();
    }

    public String text() {
        return browser.driver().findElement(By.id("main")).getText();
    }
}
