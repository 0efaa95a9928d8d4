package org.casebridge.application.cooperation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.Deadline;

/**
 * The escalation of one request's passed deadlines, in its own transaction: claim each deadline with a
 * conditional update, tell the requested country's supervisors, audit; all or nothing. A deadline is
 * escalated once, whichever node's sweep comes first and however often the application restarts; a
 * follow-up question sets a new answer-by time, which is escalated again if it passes.
 */
@Stateless
@AuditedService
public class CooperationEscalations {

    @Inject
    CooperationRepository requests;

    @Inject
    CooperationNotices notices;

    @Inject
    AuditTrail audit;

    @NotAudited("finds candidates only; each escalation is audited")
    public List<Long> due(Instant now) {
        return requests.escalationDue(now, 200);
    }

    /** The deadlines of request {@code id} this call (this node) escalated; empty when another node or an earlier sweep did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @NotAudited("audited when it escalates; a lost claim changes nothing")
    public Set<Deadline> escalate(long id, Instant now) {
        Set<Deadline> escalated = EnumSet.noneOf(Deadline.class);
        for (Deadline d : Deadline.values()) {
            if (requests.claimEscalation(id, d, now)) {
                escalated.add(d);
            }
        }
        if (escalated.isEmpty()) {
            return escalated;
        }
        CooperationRequest r = requests.find(id).orElseThrow();
        for (Deadline d : escalated) {
            int told = notices.overdue(r, d);
            audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, CooperationAccess.REQUEST, id, r.getRequestedCountry())
                    .detail(d.name().toLowerCase(java.util.Locale.ROOT) + " overdue, escalated to " + told
                            + " supervisor(s) of " + r.getRequestedCountry())
                    .by(Actor.SYSTEM));
        }
        return escalated;
    }
}
