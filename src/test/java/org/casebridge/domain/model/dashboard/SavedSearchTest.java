package org.casebridge.domain.model.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

class SavedSearchTest {

    @Test
    void keepsTheListsFiltersInTheListsOrderAndGivesThemBack() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("mine", "true");
        f.put("q", "a & b=c");
        f.put("stage", "ASSISTANCE");
        SavedSearch s = SavedSearch.of(7, "  My assistance cases ", f);
        assertEquals("My assistance cases", s.getName());
        assertEquals("q=a+%26+b%3Dc&stage=ASSISTANCE&mine=true", s.getQueryString());
        assertEquals(Map.of("q", "a & b=c", "stage", "ASSISTANCE", "mine", "true"), s.filters());
    }

    @Test
    void refusesAFilterTheCaseListDoesNotHave() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> SavedSearch.of(7, "x", Map.of("stage", "ASSISTANCE", "victimName", "x")));
        assertTrue(e.fieldErrors().containsKey("filters"));
    }

    @Test
    void refusesAMissingOrMultiLineNameAndEmptyFilters() {
        assertTrue(assertThrows(ValidationException.class, () -> SavedSearch.of(7, " ", Map.of("mine", "true")))
                .fieldErrors().containsKey("name"));
        assertTrue(assertThrows(ValidationException.class, () -> SavedSearch.of(7, "a\u202Eb", Map.of("mine", "true")))
                .fieldErrors().containsKey("name"));
        assertTrue(assertThrows(ValidationException.class, () -> SavedSearch.of(7, "x".repeat(101), Map.of("mine", "true")))
                .fieldErrors().containsKey("name"));
        assertTrue(assertThrows(ValidationException.class, () -> SavedSearch.of(7, "ok", Map.of()))
                .fieldErrors().containsKey("filters"));
        assertTrue(assertThrows(ValidationException.class, () -> SavedSearch.of(7, "ok", Map.of("q", "a\nb")))
                .fieldErrors().containsKey("filters"));
    }

    @Test
    void refusesFiltersTooLongToStore() {
        Map<String, String> f = new LinkedHashMap<>();
        for (String key : SavedSearch.FILTERS) {
            f.put(key, "%".repeat(SavedSearch.VALUE_MAX));
        }
        assertTrue(assertThrows(ValidationException.class, () -> SavedSearch.of(7, "long", f)).fieldErrors()
                .containsKey("filters"));
    }
}
