package org.casebridge.interfaces.dashboard.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebridge.domain.model.shared.ValidationException;

/** A case search to save: a name and the case list's filters by name (as its query parameters, e.g. {"stage": "ASSISTANCE"}). */
public record SavedSearchInput(String name, JsonObject filters) {

    /** The filters as text; a value that is not a JSON string is refused (400 naming {@code filters}). */
    Map<String, String> filterValues() {
        Map<String, String> m = new LinkedHashMap<>();
        if (filters == null) {
            return m;
        }
        filters.forEach((k, v) -> {
            if (!(v instanceof JsonString s)) {
                throw ValidationException.of("filters", "Each filter's value is a string, as in the case list's address.");
            }
            m.put(k, s.getString());
        });
        return m;
    }
}
