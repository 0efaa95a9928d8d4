package org.casebridge.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theSignedInUsersSavedLanguageWinsOverTheLoginChoiceAndTheBrowser() {
        assertEquals("ht", Languages.resolve("ht", "es", "fr-FR,fr;q=0.9").getLanguage());
    }

    @Test
    void beforeSignInTheLoginPageChoiceWinsOverTheBrowser() {
        assertEquals("es", Languages.resolve(null, "es", "nl-NL,nl;q=0.9").getLanguage());
    }

    @Test
    void withoutAnyChoiceTheBrowsersBestSupportedLanguageDecides() {
        assertEquals("nl", Languages.resolve(null, null, "nl-SR,nl;q=0.9,en;q=0.5").getLanguage());
        assertEquals("fr", Languages.resolve(null, null, "de-DE, fr-CA;q=0.8, es;q=0.7").getLanguage(),
                "German is not offered: the next best, French of Canada, is French");
        assertEquals("es", Languages.resolve(null, null, "fr;q=0.2, es;q=0.9").getLanguage(), "by weight, not by order");
        assertEquals("ht", Languages.resolve(null, null, "ht-HT").getLanguage());
    }

    @Test
    void withNothingUsableItIsEnglish() {
        assertEquals("en", Languages.resolve(null, null, null).getLanguage());
        assertEquals("en", Languages.resolve(null, null, "de-DE,pt;q=0.8").getLanguage());
        assertEquals("en", Languages.resolve(null, null, "*").getLanguage());
        assertEquals("en", Languages.resolve(null, null, ";;;q=x,,").getLanguage(), "a malformed header is passed over");
        assertEquals("en", Languages.resolve(null, null, "es;q=0").getLanguage(), "q=0 means not wanted");
    }

    @Test
    void aValueThatIsNotOneOfTheFiveIsPassedOverAtEveryStep() {
        assertEquals("fr", Languages.resolve("de", "pt", "fr").getLanguage());
        assertEquals("es", Languages.resolve("ES ", "es", null).getLanguage());
    }

    @Test
    void bestMatchIsEmptyWhenTheBrowserNamesNoneOfTheFive() {
        assertEquals(Optional.empty(), Languages.bestMatch("de, pt-BR"));
        assertEquals(Optional.of("nl"), Languages.bestMatch("NL-aw"));
    }

    @Test
    void haitianCreoleIsFormattedWithFrenchHaitianConventions() {
        assertEquals(Locale.of("fr", "HT"), Languages.formatting(Locale.of("ht")));
        assertEquals(Locale.of("es"), Languages.formatting(Locale.of("es")));
    }

    @Test
    void onlyRegionTimeZonesOfTheIanaDatabaseAreAccepted() {
        assertTrue(Languages.isTimeZone("America/Port-au-Prince"));
        assertTrue(Languages.isTimeZone("America/Lower_Princes"));
        assertTrue(Languages.isTimeZone("UTC"));
        assertFalse(Languages.isTimeZone("+05:00"));
        assertFalse(Languages.isTimeZone("America/Atlantis"));
        assertFalse(Languages.isTimeZone("america/jamaica"));
        assertFalse(Languages.isTimeZone(""));
        assertFalse(Languages.isTimeZone(null));
    }

    @Test
    void aBadLanguageAndABadTimeZoneAreBothNamed() {
        ValidationException.Collector errors = new ValidationException.Collector();
        Languages.check("de", "Mars/Olympus", errors);
        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertTrue(e.fieldErrors().containsKey("language"));
        assertTrue(e.fieldErrors().containsKey("timeZone"));
    }

    @Test
    void aMissingLanguageFallsBackToTheRootBundleNeverToTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertEquals("Dag", Languages.bundle("org.casebridge.i18ntest.sample", Locale.of("nl")).getString("greeting"));
            assertEquals("Hello", Languages.bundle("org.casebridge.i18ntest.sample", Locale.of("ht")).getString("greeting"),
                    "no Creole bundle: English, not the server's French");
            assertEquals("Hello", Languages.bundle("org.casebridge.i18ntest.sample", Locale.of("nl")).getString("only.english"),
                    "a key the Dutch bundle lacks comes from English");
        } finally {
            Locale.setDefault(before);
        }
    }
}
