package org.casebridge.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseNumberPatternTest {

    @Test
    void aPartStartingWithTheCountryLettersIsAPrefixTheIndexServes() {
        assertEquals("JM-2026%", JpaCaseRepository.numberPattern("JM-2026"));
        assertEquals("JM%", JpaCaseRepository.numberPattern("JM"));
    }

    @Test
    void anyOtherPartMatchesAnywhere() {
        assertEquals("%00002%", JpaCaseRepository.numberPattern("00002"));
        assertEquals("%M-2026%", JpaCaseRepository.numberPattern("M-2026"));
        assertEquals("%J%", JpaCaseRepository.numberPattern("J"));
    }

    @Test
    void wildcardsAndTheEscapeCharacterAreLiteral() {
        assertEquals("%!%%", JpaCaseRepository.numberPattern("%"));
        assertEquals("%!_%", JpaCaseRepository.numberPattern("_"));
        assertEquals("JM!%%", JpaCaseRepository.numberPattern("JM%"));
        assertEquals("%2!!%", JpaCaseRepository.numberPattern("2!"));
    }
}
