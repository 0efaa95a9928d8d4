package org.casebridge.interfaces.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.domain.model.shared.Message;

/**
 * The one look-up of a sentence a person reads, by key, in an explicit locale: screens ({@code Messages}),
 * REST problem documents ({@code ExceptionMappers}, in {@link UserLocale#forApi()}'s language) and anything
 * else outside Faces go through it, so that turning an English sentence of the code into a key is the same
 * change everywhere. A missing language falls back to English (the root bundle); a missing key answers the
 * key itself, so that it shows rather than breaks.
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

    /**
     * What a domain {@link Message} (key plus arguments) says in {@code locale}. A key missing from the bundle
     * is shown as written; a message with arguments is a {@link MessageFormat} (apostrophes doubled), one
     * without is the bundle text as it is. Arguments: a {@link Message} is resolved in turn (a field's label),
     * an enum is shown by its code label ({@code caseStatus.CLOSED}), a number without grouping (ids, limits),
     * anything else as {@code toString()} (codes, ISO dates).
     */
    public static String text(Locale locale, Message message) {
        String pattern = lookup(locale, message.key()).orElse(null);
        if (pattern == null) {
            return message.key();
        }
        if (message.args().isEmpty()) {
            return pattern;
        }
        Object[] args = message.args().stream().map(a -> argument(locale, a)).toArray();
        return new MessageFormat(pattern, Languages.formatting(locale == null ? Locale.ENGLISH : locale)).format(args);
    }

    /** The text of {@code key} in {@code locale}, or empty when no bundle holds the key. */
    public static Optional<String> lookup(Locale locale, String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(bundle(locale).getString(key));
        } catch (MissingResourceException notAKey) {
            return Optional.empty();
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return Languages.bundle(BUNDLE, locale);
    }

    private static Object argument(Locale locale, Object a) {
        if (a instanceof Message m) {
            return text(locale, m);
        }
        if (a instanceof Enum<?> code) {
            String type = code.getDeclaringClass().getSimpleName();
            return lookup(locale, Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + code.name()).orElse(code.name());
        }
        if (a instanceof Number n) {
            return String.valueOf(n);
        }
        return a == null ? "" : a.toString();
    }
}
