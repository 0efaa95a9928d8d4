package org.casebridge.domain.model.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Criteria for reading the audit log. {@code scopeCountry}, when set, limits entries to those made
 * by users of that country or about records of that country (a supervisor's view).
 */
public record AuditFilter(String scopeCountry, String username, String agencyCode, AuditAction action,
        String recordType, String recordId, AuditOutcome outcome, Instant from, Instant to, String sortField,
        boolean ascending, HiddenViews hiddenViews, RelatedReads relatedReads) implements java.io.Serializable {

    /**
     * With a record type and id: the reads (VIEW) of these other records too, e.g. the full records of a
     * case's victims on "who accessed this case".
     */
    public record RelatedReads(String recordType, Set<String> ids) implements java.io.Serializable {
    }

    /**
     * Entries left out: one user's reads (views, lists, searches, exports) of one record type, e.g. a
     * supervisor's own browsing of the audit log, which would otherwise bury everything else.
     */
    public record HiddenViews(String username, String recordType) implements java.io.Serializable {
    }

    /** The actions that only read, which {@link HiddenViews} leaves out. */
    public static final Set<AuditAction> READS = Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.SEARCH,
            AuditAction.EXPORT);

    public AuditFilter(String scopeCountry, String username, String agencyCode, AuditAction action, String recordType,
            String recordId, AuditOutcome outcome, Instant from, Instant to, String sortField, boolean ascending) {
        this(scopeCountry, username, agencyCode, action, recordType, recordId, outcome, from, to, sortField, ascending,
                null, null);
    }

    /** The fields the log can be sorted by; anything else sorts by sequence. */
    public static final Set<String> SORTABLE = Set.of("sequence", "occurredAt", "username", "agencyCode", "action",
            "recordType", "recordId", "outcome");

    public static AuditFilter forRecord(String scopeCountry, String recordType, String recordId) {
        return new AuditFilter(scopeCountry, null, null, null, recordType, recordId, null, null, null, null, false);
    }

    /** The administrator's security view: by user, outcome and time range only, newest first. */
    public static AuditFilter securityEvents(String username, AuditOutcome outcome, Instant from, Instant to) {
        return new AuditFilter(null, username, null, null, null, null, outcome, from, to, null, false);
    }

    public AuditFilter withScope(String country) {
        return new AuditFilter(country, username, agencyCode, action, recordType, recordId, outcome, from, to,
                sortField, ascending, hiddenViews, relatedReads);
    }

    public AuditFilter hiding(HiddenViews views) {
        return new AuditFilter(scopeCountry, username, agencyCode, action, recordType, recordId, outcome, from, to,
                sortField, ascending, views, relatedReads);
    }

    public AuditFilter withRelatedReads(RelatedReads related) {
        return new AuditFilter(scopeCountry, username, agencyCode, action, recordType, recordId, outcome, from, to,
                sortField, ascending, hiddenViews, related);
    }
}
