package org.casebridge.domain.model.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The five languages CaseBridge speaks (English, Spanish, French, Haitian Creole, Dutch) and the rule that
 * picks one for a request: the signed-in user's saved choice, else the one chosen on the login page, else
 * the best match of the browser's {@code Accept-Language}, else English. Also the IANA time zones a user
 * or country may have. Pure Java, so that screens, REST and mail all decide the same way.
 */
public final class Languages {

    /** The language tags CaseBridge offers, English first (the default and the fallback of every bundle). */
    public static final List<String> SUPPORTED = List.of("en", "es", "fr", "ht", "nl");
    public static final String DEFAULT = "en";
    public static final String DEFAULT_TIME_ZONE = "UTC";
    /** Column lengths of the language and time zone columns (V23). */
    public static final int TAG_MAX = 8;
    public static final int TIME_ZONE_MAX = 64;

    private static final Locale FRENCH_HAITI = Locale.of("fr", "HT");

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(tag);
    }

    /** Whether {@code id} is a region time zone of the IANA database (e.g. {@code America/Port-au-Prince}), not an offset. */
    public static boolean isTimeZone(String id) {
        if (id == null || id.isEmpty() || id.length() > TIME_ZONE_MAX || !ZoneId.getAvailableZoneIds().contains(id)) {
            return false;
        }
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Checks a language and a time zone together; the messages name the fields {@code language} and {@code timeZone}. */
    public static void check(String language, String timeZone, ValidationException.Collector errors) {
        errors.check(isSupported(language), "language", "error.language.unknown", String.join(", ", SUPPORTED));
        errors.check(isTimeZone(timeZone), "timeZone", "error.language.timeZone");
    }

    public static Locale locale(String tag) {
        return Locale.of(isSupported(tag) ? tag : DEFAULT);
    }

    /**
     * The locale whose conventions format dates and numbers in {@code language}. The JDK has no CLDR data
     * of its own for Haitian Creole ({@code ht} falls back to the root or to French): Haitian conventions
     * are French ones ({@code fr-HT}: day month year, a space between thousands, a decimal comma); the
     * month names are Creole ({@link #creoleMonths()}).
     */
    public static Locale formatting(Locale language) {
        return "ht".equals(language.getLanguage()) ? FRENCH_HAITI : language;
    }

    /** The months in Haitian Creole, January first. */
    public static List<String> creoleMonths() {
        return List.of("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm");
    }

    /** The days of the week in Haitian Creole, Sunday first. */
    public static List<String> creoleDays() {
        return List.of("dimanch", "lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi");
    }

    /**
     * The bundle {@code baseName} in {@code locale}, falling back from a language straight to the root bundle
     * (English), never to the JVM's default locale: a server started in French must not answer a Dutch
     * reader in French. The screens' messages and the e-mails are looked up through it.
     */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale == null ? Locale.ROOT : locale, NO_DEFAULT_LOCALE);
    }

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE = new ResourceBundle.Control() {
        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    /**
     * The best of the five languages for an {@code Accept-Language} header (RFC 9110 weights, e.g.
     * {@code fr-CA;q=0.9, es;q=0.8}): empty when the header names none of them, or is missing or malformed.
     */
    public static Optional<String> bestMatch(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0 || range.getRange().equals("*")) {
                    continue;
                }
                String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                if (isSupported(primary)) {
                    return Optional.of(primary);
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The language of a request: the signed-in user's saved choice ({@code saved}, null before sign-in),
     * else the choice made on the login page ({@code chosen}), else the best match of {@code acceptLanguage},
     * else English. A value that is not one of the five is passed over.
     */
    public static Locale resolve(String saved, String chosen, String acceptLanguage) {
        if (isSupported(saved)) {
            return Locale.of(saved);
        }
        if (isSupported(chosen)) {
            return Locale.of(chosen);
        }
        return Locale.of(bestMatch(acceptLanguage).orElse(DEFAULT));
    }
}
