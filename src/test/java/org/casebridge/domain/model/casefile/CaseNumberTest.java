package org.casebridge.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @Test
    void numbersAreCountryYearAndFiveDigits() {
        CaseNumber n = CaseNumber.of(CountryCode.of("jm"), 2026, 42);
        assertEquals("JM-2026-00042", n.value());
        assertEquals("JM", n.country().value());
        assertEquals(2026, n.year());
        assertEquals("TT-2027-99999", CaseNumber.of(CountryCode.of("TT"), 2027, 99_999).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"JM-2026-0042", "jm-2026-00042", "JM2026-00042", "JM-26-00042", "JM-2026-000042", ""})
    void malformedNumbersAreRefused(String value) {
        assertThrows(ValidationException.class, () -> new CaseNumber(value));
    }

    @Test
    void aYearHoldsAtMostNinetyNineThousandNineHundredNinetyNineCases() {
        assertThrows(IllegalArgumentException.class, () -> CaseNumber.of(CountryCode.of("JM"), 2026, 100_000));
        assertThrows(IllegalArgumentException.class, () -> CaseNumber.of(CountryCode.of("JM"), 2026, 0));
    }

    @Test
    void aCursorSurvivesItsTokenAndRefusesGarbage() {
        CaseCursor c = new CaseCursor(CaseSort.IDENTIFIED, "2026-11-01", 77);
        assertEquals(c, CaseCursor.parse(c.token()));
        assertThrows(ValidationException.class, () -> CaseCursor.parse("not-a-token"));
        assertThrows(ValidationException.class, () -> CaseCursor.parse(new CaseCursor(CaseSort.RISK, "high", 1).token()));
    }
}
