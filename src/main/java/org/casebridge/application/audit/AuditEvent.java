package org.casebridge.application.audit;

import java.util.Collection;
import java.util.stream.Collectors;
import org.casebridge.application.Caller.Actor;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.audit.AuditRecord;

/**
 * An event to put on the audit trail. Built by application services with the factories below; the
 * trail adds who, where and when. {@code actor} is set only where the caller is not yet logged in.
 */
public record AuditEvent(AuditAction action, String recordType, String recordId, String recordCountry,
        String shownIds, AuditOutcome outcome, String detail, Actor actor) {

    public static AuditEvent of(AuditAction action, String recordType, Object recordId, String recordCountry) {
        return new AuditEvent(action, recordType, recordId == null ? null : recordId.toString(), recordCountry, null,
                AuditOutcome.OK, null, null);
    }

    public static AuditEvent view(String recordType, Object recordId, String recordCountry) {
        return of(AuditAction.VIEW, recordType, recordId, recordCountry);
    }

    /** A list or search result: the ids of the records shown go on the record. */
    public static AuditEvent list(AuditAction action, String recordType, Collection<?> shownIds, String detail) {
        String ids = shownIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        if (ids.length() > AuditRecord.SHOWN_IDS_MAX) {
            throw new IllegalArgumentException("a page is limited to what one audit entry can list");
        }
        return new AuditEvent(action, recordType, null, null, ids, AuditOutcome.OK, detail, null);
    }

    public static AuditEvent denied(String recordType, Object recordId, String recordCountry, String detail) {
        return new AuditEvent(AuditAction.DENIED, recordType, recordId == null ? null : recordId.toString(),
                recordCountry, null, AuditOutcome.DENIED, detail, null);
    }

    public AuditEvent detail(String newDetail) {
        return new AuditEvent(action, recordType, recordId, recordCountry, shownIds, outcome, newDetail, actor);
    }

    public AuditEvent outcome(AuditOutcome newOutcome) {
        return new AuditEvent(action, recordType, recordId, recordCountry, shownIds, newOutcome, detail, actor);
    }

    public AuditEvent by(Actor who) {
        return new AuditEvent(action, recordType, recordId, recordCountry, shownIds, outcome, detail, who);
    }
}
