package org.casebridge.application.dashboard.view;

import java.time.Instant;
import java.util.Map;
import org.casebridge.domain.model.dashboard.SavedSearch;

/** A saved case search as its owner sees it: its name, the case list's filters, and the list's address parameters. */
public record SavedSearchView(long id, String name, Map<String, String> filters, String query, Instant createdAt) implements java.io.Serializable {

    public static SavedSearchView of(SavedSearch s) {
        return new SavedSearchView(s.getId(), s.getName(), s.filters(), s.getQueryString(), s.getCreatedAt());
    }
}
