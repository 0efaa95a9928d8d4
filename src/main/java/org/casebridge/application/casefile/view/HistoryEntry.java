package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.time.Instant;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditEntry;

/** One change in a case's history: who changed what (field names, never values) and when. */
public record HistoryEntry(long sequence, Instant occurredAt, String username, AuditAction action, String detail)
        implements Serializable {

    public static HistoryEntry of(AuditEntry e) {
        return new HistoryEntry(e.getSequence(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getDetail());
    }
}
