package org.casebridge.ui;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The home page with the main menu, after login. */
public final class HomePage {

    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
    }

    /** The keys of the menu entries shown (data-menu attributes), in order. */
    public List<String> menu() {
        return browser.driver().findElements(By.cssSelector("#mainMenu a[data-menu]")).stream()
                .map(a -> a.getAttribute("data-menu")).toList();
    }

    public String welcome() {
        return browser.driver().findElement(By.id("welcome")).getText();
    }

    public void open(String menuKey) {
        WebElement link = browser.driver().findElement(By.cssSelector("#mainMenu a[data-menu='" + menuKey + "']"));
        browser.clickAndLoad(link);
    }

    public LoginPage logOut() {
        browser.clickAndLoad(browser.driver().findElement(By.id("userForm:logout")));
        return LoginPage.open(browser);
    }
}
