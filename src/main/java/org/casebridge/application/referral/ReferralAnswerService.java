package org.casebridge.application.referral;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.referral.view.ReferralView;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.notification.NotificationKind;

/** The partner's answer to a referral addressed to its agency: accept, decline with a reason, complete with the outcome. */
@Stateless
@AuditedService
public class ReferralAnswerService {

    private static final String REFERRAL = ReferralAccess.REFERRAL;

    @Inject
    ReferralChanges changes;

    @Inject
    Clock clock;

    @Inject
    ReferralNotices notices;

    public ReferralView accept(long id, long expectedVersion) {
        return changes.apply(id, ReferralAction.ANSWER, expectedVersion,
                g -> {
                    g.referral().accept(g.username(), clock.instant());
                    notices.answered(g.referral(), NotificationKind.REFERRAL_ACCEPTED, g.user());
                },
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REFERRAL, g.id(), g.country()).detail("status=ACCEPTED"));
    }

    public ReferralView decline(long id, long expectedVersion, String reason) {
        return changes.apply(id, ReferralAction.ANSWER, expectedVersion,
                g -> {
                    g.referral().decline(reason, g.username(), clock.instant());
                    notices.answered(g.referral(), NotificationKind.REFERRAL_DECLINED, g.user());
                },
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REFERRAL, g.id(), g.country()).detail("status=DECLINED"));
    }

    public ReferralView complete(long id, long expectedVersion, String outcome, Set<ServiceType> delivered, LocalDate on) {
        return changes.apply(id, ReferralAction.ANSWER, expectedVersion,
                g -> {
                    g.referral().complete(outcome, delivered, on, changes.today());
                    notices.answered(g.referral(), NotificationKind.REFERRAL_COMPLETED, g.user());
                },
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REFERRAL, g.id(), g.country()).detail("status=COMPLETED"));
    }
}
