package org.casebridge.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.casebridge.application.Access;
import org.casebridge.application.Page;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * The administrators' security view of the audit trail: refusals and failed logins that no
 * supervisor sees, because they concern no record country or were made by a user without a country
 * (analysts, administrators, regional agencies, unknown usernames). Reading it is itself audited.
 */
@Stateless
@AuditedService
public class SecurityEventService {

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    AuditLog log;

    /** One page of security events, newest first; the sequence numbers shown go on the trail. */
    public Page<AuditEntry> securityEvents(AuditFilter filter, int first, int size) {
        access.requireAnyRole(AuditService.RECORD, Role.ADMIN);
        AuditFilter f = filter == null ? AuditFilter.securityEvents(null, null, null, null) : filter;
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            throw ValidationException.of("to", "error.audit.to");
        }
        AuditFilter scoped = AuditFilter.securityEvents(f.username(), f.outcome(), f.from(), f.to());
        int from = Page.first(first);
        int pageSize = Page.size(size);
        List<AuditEntry> items = log.findSecurityEvents(scoped, from, pageSize);
        long total = log.countSecurityEvents(scoped);
        audit.record(AuditEvent.list(AuditAction.LIST, AuditService.RECORD,
                items.stream().map(AuditEntry::getSequence).toList(), detail(scoped)));
        return new Page<>(items, total, from, pageSize);
    }

    /** Which filters were used (names only: a username typed may be anything). */
    private static String detail(AuditFilter f) {
        List<String> used = new ArrayList<>();
        if (f.username() != null && !f.username().isBlank()) {
            used.add("username");
        }
        if (f.outcome() != null) {
            used.add("outcome");
        }
        if (f.from() != null) {
            used.add("from");
        }
        if (f.to() != null) {
            used.add("to");
        }
        return "security-events" + (used.isEmpty() ? "" : " filter=" + String.join(",", used));
    }
}
