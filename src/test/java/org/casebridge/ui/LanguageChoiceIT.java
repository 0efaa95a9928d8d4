package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.casebridge.it.Api;
import org.casebridge.it.Notifications;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15 item 2 in the browser: the login page's language selector applies at once and keeps what was
 * typed; a signed-in user's saved language wins over it; "My account" saves a language and time zone and
 * shows the same page in it at once, and every page after; the date picker speaks Creole and still takes a
 * typed date.
 */
class LanguageChoiceIT {

    private static final Locale ES = Locale.of("es");
    private static final Locale HT = Locale.of("ht");

    @Test
    void theLoginPagesSelectorAppliesAtOnceAndKeepsTheTypedUsername() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser);
            WebDriver d = browser.driver();
            assertEquals("en", lang(d), "a browser asking for English gets English");
            d.findElement(By.id("login:username")).sendKeys("cw1-jm");
            new Select(d.findElement(By.id("login:language"))).selectByValue("es");
            browser.clickAndLoad(d.findElement(By.id("login:applyLanguage")));

            assertEquals("es", lang(d));
            assertEquals(Texts.text(ES, "login.submit"), d.findElement(By.id("login:submit")).getText());
            assertEquals(Texts.text(ES, "login.username"), d.findElement(By.cssSelector("label[for='login:username']")).getText()
                    .replace("*", "").trim());
            assertEquals("cw1-jm", d.findElement(By.id("login:username")).getAttribute("value"), "the typed username is kept");
            assertFalse(d.getPageSource().contains(Texts.text(ES, "login.password.required")),
                    "switching is not a login attempt: no field is checked");
            assertEquals("es", new Select(d.findElement(By.id("login:language"))).getFirstSelectedOption().getAttribute("value"));

            LoginPage.open(browser);
            assertEquals("es", lang(d), "remembered for the session");

            new LoginPage(browser).submit("cw1-jm", TestSettings.DEMO_PASSWORD);
            assertEquals("en", lang(d), "once signed in, the account's saved language (English for Jamaica) wins");
            assertEquals(Texts.text(Locale.ENGLISH, "nav.myAccount"), d.findElement(By.id("userForm:myAccount")).getText());
        }
    }

    @Test
    void myAccountSavesTheLanguageAndShowsTheSamePageInItAtOnce() {
        String user = Notifications.user(Api.rest(), "langui", "JM-JCF-TIP", "caseworker");
        try (Browser browser = Browser.open()) {
            HomePage home = LoginPage.open(browser).logInAs(user, TestSettings.DEMO_PASSWORD);
            WebDriver d = browser.driver();
            MyAccountPage.fromMenu(browser);
            assertEquals("America/Jamaica", new Select(d.findElement(By.id("preferences:timeZone"))).getFirstSelectedOption().getText());
            new Select(d.findElement(By.id("preferences:language"))).selectByValue("ht");
            new Select(d.findElement(By.id("preferences:timeZone"))).selectByValue("America/Port-au-Prince");
            browser.clickAndLoad(d.findElement(By.id("preferences:saveLanguage")));

            assertTrue(d.getCurrentUrl().contains("/account/me.xhtml"), "the same screen: " + d.getCurrentUrl());
            assertEquals("ht", lang(d));
            assertEquals(Texts.text(HT, "account.language.heading"), d.findElement(By.id("languageHeading")).getText());
            assertTrue(d.findElement(By.id("preferences:messages")).getText().contains(Texts.text(HT, "account.language.saved")),
                    d.findElement(By.id("preferences:messages")).getText());
            assertEquals("America/Port-au-Prince", new Select(d.findElement(By.id("preferences:timeZone")))
                    .getFirstSelectedOption().getText());

            home.open("newcase");
            assertEquals("ht", lang(d), "every page after");
            assertEquals(Texts.text(HT, "nav.myAccount"), d.findElement(By.id("userForm:myAccount")).getText());
            assertEquals("desanm", ((JavascriptExecutor) d).executeScript(
                    "return PrimeFaces.locales['ht'] && PrimeFaces.locales['ht'].monthNames[11];"),
                    "the application's own Creole locale of PrimeFaces is loaded");

            WebElement input = d.findElement(By.id("intake:identificationDate_input"));
            String typed = LocalDate.now().minusDays(5).toString();
            input.sendKeys(typed);
            input.sendKeys(Keys.TAB);
            assertEquals(typed, input.getAttribute("value"), "a typed yyyy-mm-dd date stays in Creole too");
            d.findElement(By.cssSelector("[id='intake:identificationDate'] .ui-datepicker-trigger")).click();
            new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.findElement(By.id("intake:identificationDate_panel")).isDisplayed());
            java.util.List<String> months = new Select(d.findElement(By.cssSelector(
                    "[id='intake:identificationDate_panel'] select.ui-datepicker-month"))).getOptions().stream()
                    .map(WebElement::getText).toList();
            assertEquals(java.util.List.of("jan", "fev", "mas", "avr", "me", "jen", "jiy", "out", "sep", "okt", "nov", "des"), months,
                    "the calendar's months in Creole (the short names of locale-ht.js)");
            String days = d.findElement(By.cssSelector("[id='intake:identificationDate_panel'] table")).getText();
            assertTrue(days.contains("le") && days.contains("mè"), "the days in Creole, the week from Monday: " + days);
            input.sendKeys(Keys.ESCAPE);
        }
    }

    private static String lang(WebDriver d) {
        return d.findElement(By.tagName("html")).getAttribute("lang");
    }
}
