package org.casebridge.interfaces.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.casebridge.domain.model.shared.Message;

/**
 * The one resolver of a {@link Message} (bundle key plus arguments) into text for a locale, used by the
 * screens (the view's locale) and by REST (the request's language). A key missing from the bundle is
 * shown as written; a message with arguments is a {@link MessageFormat} (apostrophes doubled), one
 * without is the bundle text as it is. Arguments: a {@link Message} is resolved in turn (a field's
 * label), an enum is shown by its code label ({@code caseStatus.CLOSED}), a number without grouping,
 * anything else as {@code toString()} (codes, ISO dates).
 */
public final class MessageText {

    public static final String BUNDLE = "org.casebridge.interfaces.messages";
    /** The languages CaseBridge speaks; the first is the default. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.of("es"), Locale.of("fr"),
            Locale.of("ht"), Locale.of("nl"));

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private MessageText() {
    }

    public static String text(Message message, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern = lookup(bundle, message.key());
        if (pattern == null) {
            return message.key();
        }
        if (message.args().isEmpty()) {
            return pattern;
        }
        Object[] args = message.args().stream().map(a -> argument(a, bundle, locale)).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    /** {@code key}'s text with {@code args}, as {@link #text(Message, Locale)}. */
    public static String text(String key, Locale locale, Object... args) {
        return text(Message.of(key, args), locale);
    }

    private static Object argument(Object a, ResourceBundle bundle, Locale locale) {
        if (a instanceof Message m) {
            return text(m, locale);
        }
        if (a instanceof Enum<?> code) {
            String type = code.getDeclaringClass().getSimpleName();
            String label = lookup(bundle, Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + code.name());
            return label == null ? code.name() : label;
        }
        if (a instanceof Number n) {
            return String.valueOf(n);
        }
        return a == null ? "" : a.toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale, NO_FALLBACK);
    }

    private static String lookup(ResourceBundle bundle, String key) {
        try {
            return key == null ? null : bundle.getString(key);
        } catch (MissingResourceException notAKey) {
            return null;
        }
    }
}
