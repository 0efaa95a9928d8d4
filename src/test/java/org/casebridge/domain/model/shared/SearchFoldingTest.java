package org.casebridge.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void spanishAccentsAndEnyeFoldToPlainLetters() {
        assertEquals("jose pena", SearchFolding.fold("José Peña"));
        assertEquals("maria angeles nunez", SearchFolding.fold("MARÍA ÁNGELES NÚÑEZ"));
        assertEquals("pinero", SearchFolding.fold("Piñero"));
        assertEquals("guell", SearchFolding.fold("Güell"));
    }

    @Test
    void frenchAccentsCedillaAndLigaturesFold() {
        assertEquals("francoise lefevre", SearchFolding.fold("Françoise Lefèvre"));
        assertEquals("fenetre", SearchFolding.fold("Fenêtre"));
        assertEquals("helene", SearchFolding.fold("Hélène"));
        assertEquals("noel", SearchFolding.fold("Noël"));
        assertEquals("oeuvre", SearchFolding.fold("Œuvre"));
        assertEquals("soeur", SearchFolding.fold("sœur"));
        assertEquals("laetitia", SearchFolding.fold("Lætitia"));
    }

    @Test
    void haitianCreoleGraveAccentsFold() {
        assertEquals("mesidye", SearchFolding.fold("Mèsidye"));
        assertEquals("lopital", SearchFolding.fold("Lòpital"));
        assertEquals("petion-ville", SearchFolding.fold("Pétion-Ville"));
        assertEquals("cap-haitien", SearchFolding.fold("Cap-Haïtien"));
    }

    @Test
    void dutchDiaeresisAndIjLigatureFold() {
        assertEquals("belgie", SearchFolding.fold("België"));
        assertEquals("citroen", SearchFolding.fold("Citroën"));
        assertEquals("ijsselmeer", SearchFolding.fold("\u0132sselmeer"), "the IJ ligature letter is two letters");
        assertEquals("ijsselmeer", SearchFolding.fold("IJsselmeer"));
        assertEquals("curacao", SearchFolding.fold("Curaçao"));
    }

    @Test
    void turkishIsFoldedTheSameWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("istanbul", SearchFolding.fold("İstanbul"), "dotted capital I loses its dot");
            assertEquals("istanbul", SearchFolding.fold("ISTANBUL"), "never a dotless i from the server's locale");
            assertEquals("diyarbakir", SearchFolding.fold("Diyarbakır"), "dotless i is an i");
            assertEquals("isik", SearchFolding.fold("IŞIK"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void otherLettersWithoutDecompositionAreSpelledOut() {
        assertEquals("strasse", SearchFolding.fold("Straße"));
        assertEquals("soren", SearchFolding.fold("Søren"));
        assertEquals("lodz", SearchFolding.fold("Łódź"));
        assertEquals("dakovic", SearchFolding.fold("Đaković"));
    }

    @Test
    void plainAsciiIsOnlyLowerCased() {
        String ascii = "V-000123 Kingston, St. Andrew (JM) 50% _x_ it's #1!";
        assertEquals(ascii.toLowerCase(Locale.ROOT), SearchFolding.fold(ascii));
        assertEquals("jm-2026-00042", SearchFolding.fold("jm-2026-00042"));
    }

    @Test
    void otherScriptsKeepTheirLetters() {
        assertEquals("서울", SearchFolding.fold("서울"), "Hangul comes back composed");
        assertEquals("北京", SearchFolding.fold("北京"));
        assertEquals("москва", SearchFolding.fold("МОСКВА"));
        assertEquals("αθηνα", SearchFolding.fold("Αθήνα"));
        assertEquals("ab", SearchFolding.fold("\uFF21\uFF22"), "full-width letters are plain letters");
    }

    @Test
    void nullStaysNull() {
        assertNull(SearchFolding.fold(null));
        assertNull(SearchFolding.fold(null, 10));
    }

    @Test
    void aFoldCutToAColumnNeverSplitsASurrogatePair() {
        assertEquals("abc", SearchFolding.fold("ABC", 3));
        assertEquals("oe", SearchFolding.fold("œuvre", 2));
        String emoji = "a\uD83D\uDE00b";
        assertEquals("a", SearchFolding.fold(emoji, 2));
        assertEquals("a\uD83D\uDE00", SearchFolding.fold(emoji, 3));
    }
}
