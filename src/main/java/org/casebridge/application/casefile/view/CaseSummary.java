package org.casebridge.application.casefile.view;

import java.time.Instant;

/**
 * A case prepared as a summary for a handover or a court: the case as the caller may read it (victims by
 * alias only), with the name of the user who prepared it and when, printed on every page.
 */
public record CaseSummary(CaseSheet sheet, String preparedBy, String preparedByUsername, Instant preparedAt) {
}
