package org.casebridge.interfaces.shared.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import org.casebridge.interfaces.shared.i18n.UserLocale;

/**
 * The screens' labels outside a screen (a file made for a REST client has the same column names and code
 * labels as the table it comes from): the bundle in the language of the request ({@link UserLocale}: a screen's
 * download in the user's screen language, a REST download in the client's), code labels by the key the screens
 * use ({@code caseStatus.ACTIVE}), and times in the user's time zone. A background job names its owner's language
 * and zone around its writing ({@link #in}); outside a request otherwise (unit tests) English and UTC.
 */
public final class Labels {

    static final String BUNDLE = "org.casebridge.interfaces.messages";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final ThreadLocal<Locale> JOB_LOCALE = new ThreadLocal<>();
    private static final ThreadLocal<ZoneId> JOB_ZONE = new ThreadLocal<>();

    private Labels() {
    }

    /** Writes a file of a job (no request to ask) in its owner's language and time zone. */
    public static void in(Locale locale, ZoneId zone, Writing writing) throws java.io.IOException {
        JOB_LOCALE.set(locale);
        JOB_ZONE.set(zone);
        try {
            writing.write();
        } finally {
            JOB_LOCALE.remove();
            JOB_ZONE.remove();
        }
    }

    /** What is written in {@link #in}. */
    @FunctionalInterface
    public interface Writing {
        void write() throws java.io.IOException;
    }

    public static String text(String key) {
        return org.casebridge.interfaces.shared.i18n.Texts.lookup(locale(), key).orElse(key);
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
        return at == null ? "" : WHEN.withZone(zone()).format(at);
    }

    /** The language of this request's files (see the class comment). */
    static Locale locale() {
        if (JOB_LOCALE.get() != null) {
            return JOB_LOCALE.get();
        }
        try {
            UserLocale user = CDI.current().select(UserLocale.class).get();
            return FacesContext.getCurrentInstance() != null ? user.getLocale() : user.forApi();
        } catch (RuntimeException noRequest) {
            return Locale.ENGLISH;
        }
    }

    private static ZoneId zone() {
        if (JOB_ZONE.get() != null) {
            return JOB_ZONE.get();
        }
        try {
            return CDI.current().select(UserLocale.class).get().getZone();
        } catch (RuntimeException noRequest) {
            return java.time.ZoneOffset.UTC;
        }
    }

    /** A value as text (never looked up in the bundle); empty for none. */
    public static String value(Object value) {
        return value == null ? "" : value.toString();
    }
}
