package org.casebridge.interfaces.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aKeyIsLookedUpInTheGivenLanguageOutsideFaces() {
        assertEquals("Not Found", Texts.text(Locale.ENGLISH, "problem.title.404"));
        assertEquals("No encontrado", Texts.text(Locale.of("es"), "problem.title.404"));
        assertEquals("Pa jwenn", Texts.text(Locale.of("ht"), "problem.title.404"));
        assertEquals("Kreyòl ayisyen", Texts.text(Locale.of("nl"), "language.name.ht"), "each language is named in itself");
    }

    @Test
    void aLanguageWithoutItsOwnTextFallsBackToEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Language", Texts.text(Locale.of("xx"), "language.label"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aTextThatIsNoKeyIsShownAsItIs() {
        assertEquals("The case was closed.", Texts.text(Locale.of("es"), "The case was closed."));
        assertTrue(Texts.lookup(Locale.ENGLISH, "no.such.key").isEmpty());
    }

    @Test
    void placeholdersAreFilledWithTheLanguagesNumberFormat() {
        String english = Texts.text(Locale.ENGLISH, "login.failed", 5, 1500);
        assertTrue(english.contains("After 5 failed attempts") && english.contains("1,500 minutes"), english);
        String creole = Texts.text(Locale.of("ht"), "login.failed", 5, 1500);
        assertTrue(creole.replace('\u00a0', ' ').replace('\u202f', ' ').contains("1 500"), creole);
    }
}
