package org.casebridge.domain.model.audit;

import java.util.regex.Pattern;

/**
 * The content of an audit entry before it is chained: who, where, what and the outcome. Only ids,
 * codes and machine words are accepted; {@code detail} is limited to a safe alphabet so that free
 * text a user typed cannot slip in.
 */
public record AuditRecord(String username, String roles, String agencyCode, String countryCode,
        String clientAddress, String serverNode, AuditAction action, String recordType, String recordId,
        String recordCountry, String shownIds, AuditOutcome outcome, String detail) {

    public static final int SHOWN_IDS_MAX = 4000;
    private static final Pattern SAFE_DETAIL = Pattern.compile("[A-Za-z0-9_.,:=/ #()\\[\\]-]{0,500}");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.:-]{0,64}");

    public AuditRecord {
        if (action == null || outcome == null) {
            throw new IllegalArgumentException("an audit record needs an action and an outcome");
        }
        if (detail != null && !SAFE_DETAIL.matcher(detail).matches()) {
            throw new IllegalArgumentException("audit detail must be a short machine description");
        }
        if (recordId != null && !SAFE_ID.matcher(recordId).matches()) {
            throw new IllegalArgumentException("audit record id must be an identifier");
        }
        if (shownIds != null && shownIds.length() > SHOWN_IDS_MAX) {
            throw new IllegalArgumentException("too many ids for one audit entry");
        }
    }
}
