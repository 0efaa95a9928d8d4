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
 * Issue 15 item 2 in the browser: the login page's language selector applies at once without a reload, keeps
 * the typed username and password and sends neither; a signed-in user's saved language wins over it; "My account" saves a language and time zone and
 * shows the same page in it at once, and every page after; the date picker speaks Creole and still takes a
 * typed date.
 */
class LanguageChoiceIT {

    private static final Locale ES = Locale.of("es");
    private static final Locale HT = Locale.of("ht");

    @Test
    void theLoginPagesSelectorAppliesAtOnceKeepsUsernameAndPasswordAndNeverSendsThem() {
        try (Browser browser = Browser.open()) {
            LoginPage.open(browser);
            WebDriver d = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) d;
            assertEquals("en", lang(d), "a browser asking for English gets English");
            d.findElement(By.id("login:username")).sendKeys("cw1-jm");
            d.findElement(By.id("login:password")).sendKeys(TestSettings.DEMO_PASSWORD);
            // every body the page sends from now on, to prove the switch carries neither the username nor the password
            js.executeScript("window.sentBodies = []; var send = XMLHttpRequest.prototype.send;"
                    + " XMLHttpRequest.prototype.send = function (body) { window.sentBodies.push(String(body)); return send.apply(this, arguments); };");
            WebElement selector = d.findElement(By.id("login:language"));
            new Select(selector).selectByValue("es");
            browser.settle();

            assertEquals("es", lang(d), "the page says its new language");
            assertEquals(Texts.text(ES, "login.title") + " · " + Texts.text(ES, "app.name"), d.getTitle());
            assertEquals(Texts.text(ES, "login.submit"), d.findElement(By.id("login:submit")).getText());
            assertEquals(Texts.text(ES, "login.username"), d.findElement(By.cssSelector("label[for='login:username']")).getText()
                    .replace("*", "").trim());
            assertEquals(Texts.text(ES, "login.password"), d.findElement(By.cssSelector("label[for='login:password']")).getText()
                    .replace("*", "").trim());
            assertEquals(Texts.text(ES, "app.tagline"), d.findElement(By.cssSelector(".login-panel .tagline")).getText());
            assertEquals("cw1-jm", d.findElement(By.id("login:username")).getAttribute("value"), "the typed username is kept");
            assertEquals(TestSettings.DEMO_PASSWORD, js.executeScript("return document.getElementById('login:password').value;"),
                    "the typed password is kept");
            assertEquals("login:language", js.executeScript("return document.activeElement.id;"), "the focus stays on the selector");
            assertFalse(d.getPageSource().contains(Texts.text(ES, "login.password.required")),
                    "switching is not a login attempt: no field is checked");
            @SuppressWarnings("unchecked")
            java.util.List<String> sent = (java.util.List<String>) js.executeScript("return window.sentBodies;");
            assertTrue(sent.stream().anyMatch(b -> b.contains("login%3Alanguage=es")), "the choice was sent: " + sent);
            for (String body : sent) {
                assertFalse(body.contains("login%3Apassword=") || body.contains("login%3Ausername=")
                        || body.contains(java.net.URLEncoder.encode(TestSettings.DEMO_PASSWORD, java.nio.charset.StandardCharsets.UTF_8)),
                        "the switch sends the choice alone, never the password or the username: " + body);
            }

            browser.clickAndLoad(d.findElement(By.id("login:submit")));
            assertEquals("en", lang(d), "the kept password logs in; once signed in, the account's saved language"
                    + " (English for Jamaica) wins");
            assertEquals(Texts.text(Locale.ENGLISH, "nav.myAccount"), d.findElement(By.id("userForm:myAccount")).getText());
        }
    }

    @Test
    void theApplyButtonAppliesAChoiceAndItIsRememberedForTheSession() {
        try (Browser browser = Browser.open("ht")) {
            LoginPage.open(browser);
            WebDriver d = browser.driver();
            assertEquals("ht", lang(d), "a browser asking for Creole gets Creole");
            d.findElement(By.id("login:username")).sendKeys("cw1-jm");
            // a choice the browser did not announce as a change (a keyboard user still on the list): the button applies it
            ((JavascriptExecutor) d).executeScript("document.getElementById('login:language').value = 'fr';");
            assertEquals("ht", lang(d));
            d.findElement(By.id("login:applyLanguage")).click();
            browser.settle();
            assertEquals("fr", lang(d));
            assertEquals(Texts.text(Locale.FRENCH, "language.apply"), d.findElement(By.id("login:applyLanguage")).getText());
            assertEquals("cw1-jm", d.findElement(By.id("login:username")).getAttribute("value"));

            LoginPage.open(browser);
            assertEquals("fr", lang(d), "remembered for the session");
            assertEquals(Texts.text(Locale.FRENCH, "login.submit"), d.findElement(By.id("login:submit")).getText());
            assertEquals("fr", new Select(d.findElement(By.id("login:language"))).getFirstSelectedOption().getAttribute("value"));
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
