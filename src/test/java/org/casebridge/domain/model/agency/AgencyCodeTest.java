package org.casebridge.domain.model.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

    @Test
    void codeIsTrimmedAndUpperCased() {
        assertEquals("JM-POLICE-TIP", new AgencyCode(" jm-police-tip ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "IOM", "JM-POLICE-TIP", "TT-2", "UNHCR-BB"})
    void codesOfLettersDigitsAndInnerHyphensAreAccepted(String code) {
        assertEquals(code, new AgencyCode(code).value());
    }

    @Test
    void thirtyTwoCharactersAreAcceptedAndThirtyThreeRefused() {
        assertEquals(32, new AgencyCode("A".repeat(32)).value().length());
        assertThrows(ValidationException.class, () -> new AgencyCode("A".repeat(33)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "-JM", "JM-", "JM POLICE", "JM_POLICE", "JM.POLICE", "JMÉ"})
    void malformedCodeIsRefusedOnTheCodeField(String code) {
        ValidationException e = assertThrows(ValidationException.class, () -> new AgencyCode(code));

        assertTrue(e.fieldErrors().containsKey("code"));
    }
}
