package org.casebridge.application.referral;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralRepository;

/** The overdue notice of one referral, in its own transaction: claim, tell the sender, audit; all or nothing. */
@Stateless
@AuditedService
public class ReferralOverdueNotices {

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralNotices notices;

    @Inject
    AuditTrail audit;

    @NotAudited("finds candidates only; each notice is audited")
    public List<Long> due(Instant now) {
        return referrals.overdueNotNotified(now, 200);
    }

    /** Returns whether this call (this node) told the sender; false when another node or an earlier sweep did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @NotAudited("audited when it notifies; a lost claim changes nothing")
    public boolean notice(long id, Instant now) {
        if (!referrals.claimOverdueNotice(id, now)) {
            return false;
        }
        Referral r = referrals.find(id).orElseThrow();
        notices.overdue(r);
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, ReferralAccess.REFERRAL, id, r.getSendingCountry())
                .detail("overdue notice to sender").by(Actor.SYSTEM));
        return true;
    }
}
