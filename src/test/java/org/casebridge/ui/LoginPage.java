package org.casebridge.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The login page. */
public final class LoginPage {

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.go("/login.xhtml");
        browser.settle();
        return new LoginPage(browser);
    }

    public HomePage logInAs(String user, String password) {
        submit(user, password);
        return new HomePage(browser);
    }

    public LoginPage submit(String user, String password) {
        WebDriver d = browser.driver();
        d.findElement(By.id("login:username")).clear();
        d.findElement(By.id("login:username")).sendKeys(user);
        d.findElement(By.id("login:password")).sendKeys(password);
        browser.clickAndLoad(d.findElement(By.id("login:submit")));
        return this;
    }

    /** Whether the password was accepted and the page asks for the second factor's code. */
    public boolean asksForCode() {
        return !browser.driver().findElements(By.id("code:submitCode")).isEmpty();
    }

    /** The second step: types a code of the authenticator app or a recovery code. */
    public LoginPage submitCode(String code) {
        WebDriver d = browser.driver();
        d.findElement(By.id("code:code")).sendKeys(code);
        browser.clickAndLoad(d.findElement(By.id("code:submitCode")));
        return this;
    }

    /** Gives up the login waiting for its code. */
    public LoginPage startOver() {
        browser.clickAndLoad(browser.driver().findElement(By.id("code:startOver")));
        return this;
    }

    public String codeMessages() {
        return browser.driver().findElement(By.id("code:messages")).getText();
    }

    public String messages() {
        return browser.driver().findElement(By.id("login:messages")).getText();
    }

    public boolean isShown() {
        return !browser.driver().findElements(By.id("login:submit")).isEmpty();
    }
}
