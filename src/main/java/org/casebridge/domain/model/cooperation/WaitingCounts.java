package org.casebridge.domain.model.cooperation;

/**
 * The requests of one direction that wait for the requested side, counted in one query: SENT (to acknowledge),
 * ACKNOWLEDGED (to answer), and overdue among them; each equals {@code count} of the list it links to.
 */
public record WaitingCounts(long sent, long acknowledged, long overdue) {
}
