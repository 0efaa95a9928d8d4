package org.casebridge.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static ValidationException.Collector errors() {
        return new ValidationException.Collector();
    }

    @Test
    void exactlyTheLimitIsKeptAndOneMoreIsAFieldErrorNamingTheLimit() {
        ValidationException.Collector errors = errors();
        assertEquals("a".repeat(10), Text.oneLine("  " + "a".repeat(10) + " ", 10, "place", "Place", errors));
        assertTrue(errors.isEmpty());
        assertNull(Text.oneLine("a".repeat(11), 10, "place", "Place", errors));
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals(Message.of("error.text.tooLong", Message.of("Place"), 10), e.fieldErrors().get("place"));
    }

    @Test
    void blankIsNotGiven() {
        ValidationException.Collector errors = errors();
        assertNull(Text.oneLine(" \t ", 10, "f", "F", errors));
        assertNull(Text.multiLine("\r\n", 10, "f", "F", errors));
        assertNull(Text.name(null, 10, "f", "F", errors));
        assertTrue(errors.isEmpty());
        Text.requiredMultiLine(" ", 10, "f", "F", errors);
        assertFalse(errors.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u202Ab", "a\u202Eb", "a\u2066b",
        "a\u2069b", "a\u2028b", "a\tb", "a\nb", "a\rb", "a\uD800b", "a\uDC00b"})
    void oneLineTextRefusesControlDirectionAndLineCharacters(String value) {
        ValidationException.Collector errors = errors();
        assertNull(Text.oneLine(value, 100, "alias", "Alias", errors));
        assertNull(Text.name(value, 100, "alias", "Alias", errors));
        assertFalse(errors.isEmpty(), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u007Fb", "a\u202Eb", "a\u2067b", "a\uD83Db"})
    void multiLineTextRefusesControlAndDirectionCharacters(String value) {
        ValidationException.Collector errors = errors();
        assertNull(Text.multiLine(value, 100, "text", "Note", errors));
        assertFalse(errors.isEmpty(), value);
    }

    @Test
    void multiLineTextKeepsLineBreaksAndTabsWithCarriageReturnsMadeLineFeeds() {
        ValidationException.Collector errors = errors();
        assertEquals("first\nsecond\n\tthird\nfourth", Text.multiLine("first\r\nsecond\n\tthird\rfourth", 100, "t", "T", errors));
        assertEquals("Kingston \uD83C\uDDEF\uD83C\uDDF2", Text.oneLine("Kingston \uD83C\uDDEF\uD83C\uDDF2", 100, "t", "T", errors),
                "paired surrogates (a flag) are text");
        assertTrue(errors.isEmpty());
    }

    @Test
    void namesLoseZeroWidthCharactersOtherTextKeepsThem() {
        ValidationException.Collector errors = errors();
        assertEquals("Maria", Text.name("\uFEFFMa\u200Bri\u200C\u200Da\u2060", 5, "alias", "Alias", errors));
        assertTrue(errors.isEmpty(), "the limit applies after the invisible characters are gone");
        assertNull(Text.name("\u200B\u200B", 5, "alias", "Alias", errors), "nothing visible is nothing");
        assertEquals("a\u200Bb", Text.multiLine("a\u200Bb", 5, "t", "T", errors));
    }
}
