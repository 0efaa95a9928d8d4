package org.casebridge.interfaces.audit.rest;

import java.time.Instant;
import org.casebridge.domain.model.audit.AuditEntry;

/** One audit entry as the API shows it, hashes included so that a client can check the chain links. */
public record AuditEntryDto(long sequence, Instant occurredAt, String username, String roles, String agencyCode,
        String countryCode, String clientAddress, String serverNode, String action, String recordType,
        String recordId, String recordCountry, String shownIds, String outcome, String detail, String previousHash,
        String entryHash) {

    public static AuditEntryDto of(AuditEntry e) {
        return new AuditEntryDto(e.getSequence(), e.getOccurredAt(), e.getUsername(), e.getRoles(), e.getAgencyCode(),
                e.getCountryCode(), e.getClientAddress(), e.getServerNode(), e.getAction() == null ? null : e.getAction().name(), e.getRecordType(),
                e.getRecordId(), e.getRecordCountry(), e.getShownIds(), e.getOutcome() == null ? null : e.getOutcome().name(), e.getDetail(),
                e.getPreviousHash(), e.getEntryHash());
    }
}
