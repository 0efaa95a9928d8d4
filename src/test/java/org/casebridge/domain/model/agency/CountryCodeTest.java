package org.casebridge.domain.model.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void lowerCaseCodeIsNormalisedToUpperCase() {
        assertEquals("JM", new CountryCode("jm").value());
        assertEquals("TT", CountryCode.of(" tt ").value());
        assertEquals(new CountryCode("JM"), new CountryCode("jm"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "J", "JAM", "J1", "1M", "J-", "  "})
    void anythingButTwoLettersIsRefused(String code) {
        ValidationException e = assertThrows(ValidationException.class, () -> new CountryCode(code));

        assertTrue(e.fieldErrors().containsKey("code"));
    }
}
