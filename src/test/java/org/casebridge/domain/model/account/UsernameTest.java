package org.casebridge.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void usernameIsStoredTrimmedAndInLowerCase() {
        assertEquals("cw1-jm", new Username("  CW1-JM ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "cw1-jm", "jane.doe", "focal_point_tt", "a1b"})
    void ordinaryLoginNamesAreAccepted(String name) {
        assertEquals(name, new Username(name).value());
    }

    @Test
    void sixtyFourCharactersAreAcceptedAndSixtyFiveRefused() {
        assertEquals(64, new Username("a".repeat(64)).value().length());
        assertThrows(ValidationException.class, () -> new Username("a".repeat(65)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ab", "jane doe", "-jane", "jane.", "jane@example.org", "o'brien", "jöns"})
    void malformedUsernameIsRefusedOnTheUsernameField(String name) {
        ValidationException e = assertThrows(ValidationException.class, () -> new Username(name));

        assertTrue(e.fieldErrors().containsKey("username"));
    }
}
