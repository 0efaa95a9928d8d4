package org.casebridge.domain.model.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How text is compared when the case list is searched: without accents and without capitals, so that
 * "jose pena" finds "José Peña" and "lefevre" finds "Lefèvre". The folded form is what the search
 * columns hold ({@code victim.alias_search}, {@code case_file.identification_place_search}, V25) and
 * what a search is turned into before it is compared; the text a person wrote is stored beside it,
 * unchanged, and is what every screen and the API show.
 *
 * <ol>
 * <li>Letters that Unicode does not decompose but a reader takes for a letter plus a mark or for two
 * letters are spelled out first: the ligatures {@code œ → oe}, {@code æ → ae}, {@code ß → ss}, and
 * {@code ø → o}, {@code ł → l}, {@code đ → d}, Turkish dotless {@code ı → i} (as PostgreSQL's
 * {@code unaccent} does).</li>
 * <li>Compatibility decomposition (NFKD): accented letters become the letter and its marks, the Dutch
 * {@code ĳ} ligature becomes {@code ij}, full-width letters become plain ones.</li>
 * <li>Non-spacing marks (Unicode category Mn: accents, cedillas, tildes, diaereses, the dot of
 * Turkish {@code İ}) are removed.</li>
 * <li>Lower case with {@link Locale#ROOT} (never the server's locale: in Turkish, "I" would become
 * a dotless "ı"), then canonical composition (NFC), so that scripts without accents (Hangul, say)
 * come back as they were.</li>
 * </ol>
 * Nothing else changes: spaces, hyphens, apostrophes and digits stay, so a search means what it says.
 */
public final class SearchFolding {

    private SearchFolding() {
    }

    /** {@code text} folded for searching; null for null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder spelled = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> spelled.append(spelledOut(cp)));
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFKD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(bare::appendCodePoint);
        return Normalizer.normalize(bare.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /**
     * {@code text} folded and cut to at most {@code max} UTF-16 code units (never inside a surrogate
     * pair), for a column of that length. Folding can lengthen text (one {@code œ} is two letters, a
     * compatibility character up to eighteen), so the search columns are four times as long as the
     * text they fold; only contrived text is cut, and then only its end is not found.
     */
    public static String fold(String text, int max) {
        String folded = fold(text);
        if (folded == null || folded.length() <= max) {
            return folded;
        }
        int end = Character.isHighSurrogate(folded.charAt(max - 1)) ? max - 1 : max;
        return folded.substring(0, end);
    }

    private static String spelledOut(int cp) {
        return switch (cp) {
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'ß', 'ẞ' -> "ss";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'đ' -> "d";
            case 'Đ' -> "D";
            case 'ı' -> "i";
            default -> Character.toString(cp);
        };
    }
}
