package org.casebridge.application.casefile;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Who works on a case: its assignee and its team. Changed by the owning agency's caseworkers, the
 * assignee and the supervisors of the case's country ({@link CaseAction#MANAGE_TEAM}); a team member
 * or anyone else is refused like every other refusal (404, audited DENIED).
 */
@Stateless
@AuditedService
public class CaseTeamService {

    @Inject
    CaseChanges changes;

    @Inject
    AccountRepository accounts;

    public CaseSheet assign(long id, long caseworkerId) {
        return changes.apply(id, CaseAction.MANAGE_TEAM, null, g -> g.caseFile().assignTo(caseworker(caseworkerId, "assignedTo")),
                g -> entry(g).detail("fields=assignedTo"));
    }

    public CaseSheet addTeamMember(long id, long caseworkerId) {
        return changes.apply(id, CaseAction.MANAGE_TEAM, null, g -> g.caseFile().addToTeam(caseworker(caseworkerId, "team")),
                g -> entry(g).detail("fields=team added=" + caseworkerId));
    }

    public CaseSheet removeTeamMember(long id, long caseworkerId) {
        return changes.apply(id, CaseAction.MANAGE_TEAM, null,
                g -> accounts.find(caseworkerId).ifPresent(g.caseFile()::removeFromTeam),
                g -> entry(g).detail("fields=team removed=" + caseworkerId));
    }

    private UserAccount caseworker(long id, String field) {
        return accounts.find(id).orElseThrow(() -> ValidationException.of(field, "No such caseworker."));
    }

    private static AuditEvent entry(CaseGrant g) {
        return AuditEvent.of(AuditAction.UPDATE, CaseAccess.CASE, g.id(), g.country());
    }
}
