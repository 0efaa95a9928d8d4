package org.casebridge.interfaces.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Instant AT = Instant.parse("2026-12-04T21:05:30Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final Locale HT = Locale.of("ht");

    /** Spaces as the JDK writes them for French conventions (no-break or narrow no-break) read as plain ones. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void haitianCreoleShowsCreoleMonthNames() {
        assertEquals("4 desanm 2026", Formats.day(DAY, HT));
        assertEquals("15 jiyè 2026", Formats.day(LocalDate.of(2026, 7, 15), HT));
        assertEquals("1 janvye 2027", Formats.day(LocalDate.of(2027, 1, 1), HT));
    }

    @Test
    void haitianCreoleNumbersFollowFrenchHaitianConventions() {
        assertEquals("1 234 567,5", plain(Formats.number(1234567.5, HT)), "a space between thousands, a decimal comma");
        assertEquals(plain(Formats.number(1234567.5, Locale.of("fr", "HT"))), plain(Formats.number(1234567.5, HT)));
    }

    @Test
    void haitianCreoleTimesAreInTheUsersTimeZone() {
        assertEquals("4 desanm 2026 16:05", Formats.time(AT, HT, ZoneId.of("America/Port-au-Prince")));
        assertEquals("4 desanm 2026 16:05:30", Formats.timeToSecond(AT, HT, ZoneId.of("America/Port-au-Prince")));
    }

    @Test
    void theOtherLanguagesUseTheirOwnMonthNamesAndMarks() {
        assertEquals("4 dic 2026", Formats.day(DAY, Locale.of("es")));
        assertEquals("4 déc. 2026", Formats.day(DAY, Locale.of("fr")));
        assertEquals("4 dec 2026", Formats.day(DAY, Locale.of("nl")));
        assertEquals("1.234.567,5", Formats.number(1234567.5, Locale.of("es")));
        assertEquals("1.234.567,5", Formats.number(1234567.5, Locale.of("nl")));
        assertEquals("1,234,567.5", Formats.number(1234567.5, Locale.ENGLISH));
    }

    @Test
    void englishKeepsIsoDaysAndTheTimeMovesWithTheZone() {
        assertEquals("2026-12-04", Formats.day(DAY, Locale.ENGLISH));
        assertEquals("2026-12-04 21:05", Formats.time(AT, Locale.ENGLISH, ZoneOffset.UTC));
        assertEquals("2026-12-04 16:05", Formats.time(AT, Locale.ENGLISH, ZoneId.of("America/Jamaica")));
        Instant late = Instant.parse("2026-12-04T23:30:00Z");
        assertEquals("4 dec 2026 20:30", Formats.time(late, Locale.of("nl"), ZoneId.of("America/Paramaribo")));
        assertEquals("5 dec 2026 00:30", Formats.time(late, Locale.of("nl"), ZoneId.of("Europe/Amsterdam")),
                "the same moment is the next day in Amsterdam");
    }

    @Test
    void nothingToShowIsEmpty() {
        assertEquals("", Formats.day(null, HT));
        assertEquals("", Formats.time(null, HT, ZoneOffset.UTC));
        assertEquals("", Formats.number(null, HT));
    }
}
