package org.casebridge.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class UserQueryTextTest {

    @Test
    void theSearchSurvivesTheLineKeptWithAnExport() {
        assertEquals("filter=Jos%C3%A9+%26+co", UserQueryText.encode("José & co"));
        assertEquals("José & co", UserQueryText.decode(UserQueryText.encode("José & co")));
        assertEquals("", UserQueryText.encode(null));
        assertEquals("", UserQueryText.encode("  "));
        assertNull(UserQueryText.decode(""));
        assertNull(UserQueryText.decode(null));
    }

    @Test
    void aLineThatIsNotTheUserListsIsRefused() {
        for (String line : new String[] {"bogus=1", "filter=a&filter=b", "country=BS", "size=5", "filter",
            "filter=%ZZ", "filter=" + "x".repeat(UserQueryText.FILTER_MAX + 1)}) {
            assertThrows(ValidationException.class, () -> UserQueryText.decode(line), line);
        }
    }
}
