package org.casebridge.interfaces.dashboard.rest;

import java.util.Map;

/** A case search to save: a name and the case list's filters by name (as its query parameters, e.g. {"stage": "ASSISTANCE"}). */
public record SavedSearchInput(String name, Map<String, String> filters) {
}
