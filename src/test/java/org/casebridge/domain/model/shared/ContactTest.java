package org.casebridge.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void aValidContactIsTrimmedAndBlankPartsAreLeftOut() {
        Contact c = Contact.of(" +18765550100 ", " ", "12 Harbour St\r\nKingston");
        assertEquals("+18765550100", c.phone());
        assertNull(c.email());
        assertEquals("12 Harbour St\nKingston", c.address());
        assertEquals(c, Contact.of("+18765550100", null, "12 Harbour St\nKingston"));
        assertTrue(Contact.of(null, "", " ").isEmpty());
    }

    @Test
    void everyWrongPartIsReportedUnderItsOwnFieldTogether() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Contact.of("876-555-0100", "no-at-sign", "x".repeat(Contact.ADDRESS_MAX + 1)));
        assertEquals(Set.of("contactPhone", "contactEmail", "contactAddress"), e.fieldErrors().keySet());
    }

    @Test
    void limitsAreTheColumnLengths() {
        String email = "a".repeat(Contact.EMAIL_MAX - "@example.org".length()) + "@example.org";
        assertEquals(Contact.EMAIL_MAX, Contact.of(null, email, "x".repeat(Contact.ADDRESS_MAX)).email().length());
        ValidationException e = assertThrows(ValidationException.class, () -> Contact.of(null, "a" + email, null));
        assertTrue(e.fieldErrors().containsKey("contactEmail"));
        assertEquals(16, Contact.PHONE_MAX, "a plus and 15 digits");
    }

    @Test
    void controlCharactersAreRefusedInEveryPart() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Contact.of("+1876\u0000", "a\u0000@b.org", "Street\u0000"));
        assertEquals(Set.of("contactPhone", "contactEmail", "contactAddress"), e.fieldErrors().keySet());
    }

    @Test
    void theErrorsJoinTheCallersOtherErrorsAndNoContactIsMade() {
        ValidationException.Collector errors = new ValidationException.Collector().add("alias", "required");
        assertNull(Contact.of("bad", null, null, errors));
        ValidationException e = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals(Set.of("alias", "contactPhone"), e.fieldErrors().keySet());
        assertFalse(Contact.of("+18765550100", null, null).toString().contains("5550100"), "no personal data in toString");
    }
}
