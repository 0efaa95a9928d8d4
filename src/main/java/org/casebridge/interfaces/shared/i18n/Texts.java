package org.casebridge.interfaces.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import org.casebridge.domain.model.shared.Languages;

/**
 * The one look-up of a sentence a person reads, by key, in an explicit locale: screens ({@code Messages}),
 * REST problem documents and anything else outside Faces go through it, so that turning an English
 * sentence of the code into a key is the same change everywhere. A missing language falls back to
 * English (the root bundle); a missing key answers the key itself, so that it shows rather than breaks.
 */
public final class Texts {

    public static final String BUNDLE = "org.casebridge.interfaces.messages";

    private Texts() {
    }

    /** The text of {@code key} in {@code locale}; with {@code args}, its {0} placeholders filled in that locale's formats. */
    public static String text(Locale locale, String key, Object... args) {
        String pattern = lookup(locale, key).orElse(key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Languages.formatting(locale)).format(args);
    }

    /** The text of {@code key} in {@code locale}, or empty when no bundle holds the key. */
    public static java.util.Optional<String> lookup(Locale locale, String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Languages.bundle(BUNDLE, locale).getString(key));
        } catch (MissingResourceException notAKey) {
            return java.util.Optional.empty();
        }
    }
}
