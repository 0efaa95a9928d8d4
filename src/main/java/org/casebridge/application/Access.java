package org.casebridge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;

/**
 * The one way a refusal leaves the application layer, shared by screens and REST. Every refusal is
 * put on the audit trail as DENIED, in its own transaction before the exception is thrown, so it
 * survives the rollback of the refused action; it names the record type, the record id and, when the
 * record exists, the record's country, so that the supervisors of that country see who probed it.
 * Refusals without a record country (and those of users without a country) are on the
 * administrators' security view. Access policies (one per record kind, such as {@code CaseAccess})
 * decide; this class only refuses.
 */
@ApplicationScoped
public class Access {

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** The caller's account if they hold one of {@code roles}; otherwise audited DENIED and 403. For actions on no one record. */
    public UserAccount requireAnyRole(String recordType, Role... roles) {
        UserAccount account = caller.account().orElse(null);
        if (account == null || !account.hasAnyRole(roles)) {
            throw forbidden(recordType, null, null, "requires role " + roleNames(roles));
        }
        return account;
    }

    /**
     * The caller's roles do not allow this action on the record at all: audited DENIED with the
     * record's id and country (when it exists), answered 403 whether or not it exists.
     */
    public AccessDeniedException forbidden(String recordType, Object id, String recordCountry, String why) {
        audit.recordSeparately(AuditEvent.denied(recordType, id, recordCountry, why));
        return new AccessDeniedException("You are not allowed to do this.");
    }

    /** Refused by role: {@link #forbidden} with the roles that would have been needed. */
    public AccessDeniedException forbidden(String recordType, Object id, String recordCountry, Role... needed) {
        return forbidden(recordType, id, recordCountry, "requires role " + roleNames(needed));
    }

    /**
     * The caller's roles allow nothing with records of this kind, and the request names one record: audited
     * DENIED with the record's id and country (when it exists), answered as not found whether or not it
     * exists, so that an id tells a partner, analyst or administrator nothing (no 403 that would confirm
     * the record).
     */
    public RecordNotFoundException hiddenByRole(String recordType, Object id, String recordCountry, Role... needed) {
        return notVisible(recordType, id, recordCountry, "requires role " + roleNames(needed));
    }

    /** A record exists but this action on it is not the caller's: audited DENIED, answered as not found. */
    public RecordNotFoundException notVisible(String recordType, Object id, String recordCountry, String why) {
        audit.recordSeparately(AuditEvent.denied(recordType, id, recordCountry, why));
        return new RecordNotFoundException(recordType);
    }

    public RecordNotFoundException notVisible(String recordType, Object id, String recordCountry) {
        return notVisible(recordType, id, recordCountry, "outside caller scope");
    }

    /** No such record: audited as a failed view, answered as not found. */
    public RecordNotFoundException missing(String recordType, Object id) {
        audit.recordSeparately(AuditEvent.of(AuditAction.VIEW, recordType, id, null).outcome(AuditOutcome.FAILED)
                .detail("not found"));
        return new RecordNotFoundException(recordType);
    }

    private static String roleNames(Role... roles) {
        return Arrays.stream(roles).map(Role::roleName).collect(Collectors.joining(","));
    }
}
