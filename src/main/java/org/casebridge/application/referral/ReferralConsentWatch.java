package org.casebridge.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralRepository;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentWithdrawn;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimRepository;

/**
 * When a victim withdraws a consent to service referrals, their open referrals (SENT, ACCEPTED) that
 * no other valid consent covers are marked, in the same transaction: the partner is told the consent
 * was withdrawn and no longer sees the summary. Referrals sent on a supervisor's override keep it.
 */
@ApplicationScoped
public class ReferralConsentWatch {

    @Inject
    ReferralRepository referrals;

    @Inject
    VictimRepository victims;

    @Inject
    AuditTrail audit;

    @Inject
    ReferralNotices notices;

    void withdrawn(@Observes ConsentWithdrawn event) {
        if (event.purpose() != ConsentPurpose.SERVICE_REFERRAL) {
            return;
        }
        Victim victim = victims.find(event.victimId()).orElseThrow();
        for (Referral r : referrals.openOfVictim(event.victimId())) {
            boolean stillCovered = victim.hasConsent(ConsentPurpose.SERVICE_REFERRAL, r.getRecipientAgencyCode(),
                    r.getRecipientCountry(), event.on());
            if (!stillCovered && r.consentWithdrawn(event.on())) {
                notices.consentWithdrawn(r);
                audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, ReferralAccess.REFERRAL, r.getId(), r.getSendingCountry())
                        .detail("consent withdrawn consent=" + event.consentId()));
            }
        }
    }
}
