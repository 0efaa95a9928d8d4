package org.casebridge.application.audit;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.casebridge.application.Access;
import org.casebridge.application.export.ListExport;
import org.casebridge.application.export.ListExports;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditCursor;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.audit.AuditLogQuery;
import org.casebridge.domain.model.audit.AuditQueryText;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.DomainException;

/**
 * The audit log of one supervisor as a background export reads it (issue 13): asked for with the log's own access
 * check (a supervisor), then counted and read a page of {@link #PAGE} at a time in the owner's scope as it is when the
 * job runs (their country; an owner no longer a supervisor, or without a country, gets no file). The log grows while
 * it is read, so the pages are of the log up to its last entry when the first page is read ({@link AuditCursor}):
 * newer entries (the export's own among them) are not in the file. The entries' sequence numbers are audited, as the
 * log's download audits them.
 */
@Stateless
@LocalBean
public class AuditListExport implements ListExport<AuditEntry, AuditCursor> {

    @Inject
    Access access;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog log;

    @Override
    public String name() {
        return ListSelection.AUDIT_LOG;
    }

    @Override
    public String recordType() {
        return AuditService.RECORD;
    }

    @Override
    public String asked(String query) {
        UserAccount supervisor = access.requireAnyRole(AuditService.RECORD, Role.SUPERVISOR);
        AuditLogQuery q = AuditQueryText.decode(query);
        AuditService.scoped(supervisor, q.filter(), q.hideOwnViews());
        return AuditQueryText.encode(q);
    }

    @Override
    public long count(long ownerId, String query) {
        return log.count(scoped(ownerId, query));
    }

    @Override
    public Page<AuditEntry, AuditCursor> page(long ownerId, String query, AuditCursor after) {
        AuditFilter filter = scoped(ownerId, query);
        AuditCursor at = after == null ? AuditCursor.first(log.lastSequence()) : after;
        List<AuditEntry> items = log.find(filter, at, PAGE);
        AuditCursor next = items.size() < PAGE ? null : at.after(items.get(items.size() - 1), items.size());
        return new Page<>(items, next);
    }

    private AuditFilter scoped(long ownerId, String query) {
        UserAccount owner = ListExports.owner(accounts, ownerId, Role.SUPERVISOR);
        if (owner.countryCode() == null) {
            throw new DomainException("error.export.listOwner");
        }
        AuditLogQuery q = AuditQueryText.decode(query);
        return AuditService.scoped(owner, q.filter(), q.hideOwnViews());
    }
}
