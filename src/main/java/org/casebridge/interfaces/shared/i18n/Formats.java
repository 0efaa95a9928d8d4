package org.casebridge.interfaces.shared.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebridge.domain.model.shared.Languages;

/**
 * Dates, times and numbers as a reader of each language expects them. English keeps ISO 8601 days
 * ({@code 2026-12-04 16:05}), which CaseBridge has always shown and which US and UK readers in the region
 * read the same way; the other languages get day, month name and year in their own words ({@code 4 dic
 * 2026 16:05}, {@code 4 déc. 2026}, {@code 4 dec 2026}); Haitian Creole has Creole month names with
 * French-Haitian conventions ({@code 4 desanm 2026}, {@code 1 234,5}). A time is shown in the reader's time
 * zone; what is stored stays UTC. Dates are typed as {@code yyyy-MM-dd} in every language.
 */
public final class Formats {

    /** What a date field accepts in every language (and shows as its hint). */
    public static final String INPUT_DATE = "yyyy-MM-dd";

    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Formats() {
    }

    /** A day: {@code 2026-12-04} in English, {@code 4 dic 2026} in Spanish, {@code 4 desanm 2026} in Creole. */
    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : dayFormat(locale).format(day);
    }

    /** A moment to the minute, in {@code zone}. */
    public static String time(Instant at, Locale locale, ZoneId zone) {
        return at == null ? "" : timeFormat(locale, false).withZone(zone).format(at);
    }

    /** A moment to the second, in {@code zone} (the audit log). */
    public static String timeToSecond(Instant at, Locale locale, ZoneId zone) {
        return at == null ? "" : timeFormat(locale, true).withZone(zone).format(at);
    }

    /** A count or amount with the grouping and decimal marks of {@code locale} ({@code 1,234.5}, {@code 1.234,5}, {@code 1 234,5}). */
    public static String number(Number n, Locale locale) {
        return n == null ? "" : NumberFormat.getInstance(Languages.formatting(locale)).format(n);
    }

    static DateTimeFormatter dayFormat(Locale locale) {
        if (isEnglish(locale)) {
            return ISO_DAY;
        }
        return dayOfMonth().appendLiteral(' ').append(month(locale)).appendLiteral(' ')
                .appendValue(ChronoField.YEAR, 4).toFormatter(Languages.formatting(locale));
    }

    static DateTimeFormatter timeFormat(Locale locale, boolean seconds) {
        if (isEnglish(locale)) {
            return seconds ? ISO_SECONDS : ISO_TIME;
        }
        DateTimeFormatterBuilder b = dayOfMonth().appendLiteral(' ').append(month(locale)).appendLiteral(' ')
                .appendValue(ChronoField.YEAR, 4).appendLiteral(' ').appendPattern(seconds ? "HH:mm:ss" : "HH:mm");
        return b.toFormatter(Languages.formatting(locale));
    }

    private static DateTimeFormatterBuilder dayOfMonth() {
        return new DateTimeFormatterBuilder().appendValue(ChronoField.DAY_OF_MONTH);
    }

    private static DateTimeFormatter month(Locale locale) {
        if ("ht".equals(locale.getLanguage())) {
            // the JDK's ht data are French ones: the Creole names, in full (Creole has no settled short forms)
            List<String> names = Languages.creoleMonths();
            Map<Long, String> byNumber = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                byNumber.put((long) i + 1, names.get(i));
            }
            return new DateTimeFormatterBuilder().appendText(ChronoField.MONTH_OF_YEAR, byNumber).toFormatter(Locale.ROOT);
        }
        return DateTimeFormatter.ofPattern("MMM", Languages.formatting(locale));
    }

    private static boolean isEnglish(Locale locale) {
        return locale == null || Languages.DEFAULT.equals(locale.getLanguage()) || !Languages.isSupported(locale.getLanguage());
    }
}
