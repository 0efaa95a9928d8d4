package org.casebridge.application.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.audit.AuditRecord;

/**
 * For {@link AccessAnomalyIT} only: appends reads to the audit trail as they would have been written at an
 * earlier time (the trail's own append, so the chain stays whole), to plant a reading pattern over weeks.
 */
@Stateless
public class ReadPlanter {

    @Inject
    AuditLog log;

    /** {@code n} reads of {@code recordType} by {@code username} of {@code country} at {@code at}. */
    public void plant(String username, String country, String recordType, Instant at, int n) {
        for (int i = 0; i < n; i++) {
            log.append(new AuditRecord(username, "caseworker", "PLANTED", country, null, "test", AuditAction.VIEW,
                    recordType, Integer.toString(i + 1), country, null, AuditOutcome.OK, null), at.plusMillis(i));
        }
    }
}
