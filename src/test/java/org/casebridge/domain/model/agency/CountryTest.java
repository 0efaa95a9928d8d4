package org.casebridge.domain.model.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class CountryTest {

    @Test
    void blankRenameIsRefusedAndKeepsTheOldName() {
        Country country = new Country(new CountryCode("bb"), " Barbados ", true);

        assertThrows(ValidationException.class, () -> country.rename("   "));

        assertEquals("Barbados", country.getName());
        assertEquals(new CountryCode("BB"), country.getCode());
    }
}
