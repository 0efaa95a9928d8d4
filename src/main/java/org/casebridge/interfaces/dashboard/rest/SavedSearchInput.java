package org.casebridge.interfaces.dashboard.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebridge.domain.model.shared.ValidationException;

/** A case search to save: a name and the case list's filters by name (as its query parameters, e.g. {"stage": "ASSISTANCE"}). */
public record SavedSearchInput(String name, JsonValue filters) {

    /**
     * The filters as text: a JSON object whose values are strings; anything else is refused (400 naming
     * {@code filters}). Read as any JSON value, so that a wrong type is a field error rather than a failed read.
     */
    Map<String, String> filterValues() {
        Map<String, String> m = new LinkedHashMap<>();
        if (filters == null) {
            return m;
        }
        if (!(filters instanceof JsonObject object)) {
            throw ValidationException.of("filters", "error.dashboard.filters");
        }
        object.forEach((k, v) -> {
            if (!(v instanceof JsonString s)) {
                throw ValidationException.of("filters", "error.dashboard.filters2");
            }
            m.put(k, s.getString());
        });
        return m;
    }
}
