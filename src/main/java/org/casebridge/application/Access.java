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
 * Access decisions of the application layer, shared by screens and REST. Every refusal is put on
 * the audit trail in its own transaction before the exception is thrown, so it survives the
 * rollback of the refused action. Check access first in a service method, before any audit write.
 */
@ApplicationScoped
public class Access {

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** The caller's account if they hold one of {@code roles}; otherwise audited DENIED and 403. */
    public UserAccount requireAnyRole(String recordType, Role... roles) {
        UserAccount account = caller.account().orElse(null);
        if (account == null || Arrays.stream(roles).noneMatch(account::hasRole)) {
            String needed = Arrays.stream(roles).map(Role::roleName).collect(Collectors.joining(","));
            audit.recordSeparately(AuditEvent.denied(recordType, null, null, "requires role " + needed));
            throw new AccessDeniedException("You are not allowed to do this.");
        }
        return account;
    }

    /** A record exists but is not the caller's: audited DENIED, answered as not found. */
    public RecordNotFoundException notVisible(String recordType, Object id, String recordCountry) {
        audit.recordSeparately(AuditEvent.denied(recordType, id, recordCountry, "outside caller scope"));
        return new RecordNotFoundException(recordType);
    }

    /** No such record: audited as a failed view, answered as not found. */
    public RecordNotFoundException missing(String recordType, Object id) {
        audit.recordSeparately(AuditEvent.of(AuditAction.VIEW, recordType, id, null).outcome(AuditOutcome.FAILED)
                .detail("not found"));
        return new RecordNotFoundException(recordType);
    }
}
