package org.casebridge.interfaces.shared.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The screens' labels outside a screen (a file made for a REST client has the same column names and code
 * labels as the table it comes from): the English bundle, code labels by the key the screens use
 * ({@code caseStatus.ACTIVE}), and times as the tables show them.
 */
public final class Labels {

    static final String BUNDLE = "org.casebridge.interfaces.messages";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Labels() {
    }

    public static String text(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
        } catch (MissingResourceException notAKey) {
            return key;
        }
    }

    /** A code's label, as {@code codes.label} shows it on the screens; empty for none. */
    public static String code(Enum<?> code) {
        if (code == null) {
            return "";
        }
        String type = code.getDeclaringClass().getSimpleName();
        return text(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + code.name());
    }

    /** The labels of several codes, separated by commas. */
    public static String codes(Collection<? extends Enum<?>> codes) {
        return codes == null ? "" : codes.stream().map(Labels::code).collect(Collectors.joining(", "));
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** A value as text (never looked up in the bundle); empty for none. */
    public static String value(Object value) {
        return value == null ? "" : value.toString();
    }
}
