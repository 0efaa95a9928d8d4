package org.casebridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.casebridge.it.Api;
import org.casebridge.it.Notifications;
import org.casebridge.it.TestSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Issue 15 item 4: the main flows in each language a caseworker may choose. A browser whose Accept-Language is
 * the language opens the login page; a caseworker whose saved language it is logs in, walks a whole intake
 * (choosing the translated options), opens the new case, the case list, a referral and My account. No page shows a
 * key name ({@code ???key???}) or any English sentence of the bundle, and each page says its language in
 * {@code <html lang>}. The case list in each language is the user guide's screenshot.
 */
class LanguagesIT {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT);

    @ParameterizedTest
    @ValueSource(strings = {"es", "ht", "fr", "nl"})
    void aCaseworkerWorksThroughTheMainScreensInTheirLanguage(String lang) {
        Locale locale = Locale.of(lang);
        Api api = Api.rest();
        String user = Notifications.user(api, "lang" + lang, "JM-JCF-TIP", "caseworker");
        Api.Reply saved = api.put("/api/me/preferences", user, "{\"language\":\"" + lang + "\",\"timeZone\":\"America/Jamaica\"}", null);
        assertEquals(200, saved.status(), saved.toString());
        JsonObject c = ReferralScreensIT.openCase("cw1-jm", "lang-" + UUID.randomUUID(), true);
        long referral = ReferralScreensIT.refer(c, "JM-SAFEHOUSE", "SHELTER", false);
        List<String> english = englishSentences(locale);

        try (Browser browser = Browser.open(lang)) {
            LoginPage login = LoginPage.open(browser);
            inLanguage(browser, lang, english, "the login page");
            assertTrue(bodyText(browser).contains(Texts.text(locale, "login.submit")), "the login button in " + lang);
            browser.screenshot("login-" + lang);

            HomePage home = login.logInAs(user, TestSettings.DEMO_PASSWORD);
            inLanguage(browser, lang, english, "the home page");

            String place = "Lugar " + UUID.randomUUID().toString().substring(0, 6);
            CaseIntakePage intake = CaseIntakePage.open(home, browser);
            inLanguage(browser, lang, english, "the intake");
            intake.caseStep(label(locale, "caseStage.IDENTIFICATION"), label(locale, "riskLevel.LOW"), place).next()
                    .victimStep("Alias-" + lang, "Josefa", "Peña", label(locale, "traffickingStatus.POSSIBLE")).next()
                    .exploitationStep(label(locale, "exploitationType.FORCED_LABOUR")).next()
                    .addConsent(label(locale, "consentPurpose.SERVICE_REFERRAL")).next();
            inLanguage(browser, lang, english, "the intake's confirmation step");
            CaseDetailsPage details = intake.confirm();
            inLanguage(browser, lang, english, "the new case's details");
            assertTrue(bodyText(browser).contains(place), "the case as it was typed");

            browser.go("/cases/list.xhtml");
            browser.settle();
            inLanguage(browser, lang, english, "the case list");
            browser.screenshot("case-list-" + lang);

            browser.go("/referrals/details.xhtml?id=" + referral);
            browser.settle();
            inLanguage(browser, lang, english, "a referral");

            MyAccountPage.fromMenu(browser);
            inLanguage(browser, lang, english, "My account");
            assertFalse(details == null);
        }
    }

    private static String label(Locale locale, String key) {
        return Texts.text(locale, key);
    }

    /**
     * The bundle's English texts of three words or more that the language writes differently: none of them may show.
     * (Shorter ones, such as "Total" or "Status", are the same word in several of the languages.)
     */
    private static List<String> englishSentences(Locale locale) {
        ResourceBundle translated = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        assertEquals(locale.getLanguage(), translated.getLocale().getLanguage(), "the " + locale + " bundle exists");
        List<String> sentences = new ArrayList<>();
        for (String key : ENGLISH.keySet()) {
            String en = ENGLISH.getString(key);
            if (!en.contains("{") && en.trim().split("\\s+").length >= 3 && !en.equals(translated.getString(key))) {
                sentences.add(en);
            }
        }
        assertTrue(sentences.size() > 300, "the check has English sentences to look for: " + sentences.size());
        return sentences;
    }

    private static void inLanguage(Browser browser, String lang, List<String> english, String where) {
        String text = bodyText(browser);
        assertFalse(text.contains("???"), where + " in " + lang + " shows a key name: " + text);
        List<String> shown = english.stream().filter(text::contains).toList();
        assertTrue(shown.isEmpty(), where + " in " + lang + " shows English: " + shown);
        assertEquals(lang, browser.driver().findElement(By.tagName("html")).getAttribute("lang"), where + " says its language");
    }

    private static String bodyText(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
