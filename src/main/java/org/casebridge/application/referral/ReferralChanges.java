package org.casebridge.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.referral.view.PartnerReferralView;
import org.casebridge.application.referral.view.ReferralSheet;
import org.casebridge.application.referral.view.ReferralView;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.domain.model.shared.UnitOfWork;

/**
 * The one skeleton of every change to a referral, used by the referral services inside their
 * transaction: check ({@link ReferralAccess}, and the version the caller last read), change (the
 * domain method), flush, audit (last, same transaction), answer with the referral as the caller now
 * sees it.
 */
@ApplicationScoped
public class ReferralChanges {

    @Inject
    ReferralAccess access;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ReferralView apply(long id, ReferralAction action, long expectedVersion, Consumer<ReferralGrant> change,
            Function<ReferralGrant, AuditEvent> entry) {
        ReferralGrant grant = access.referralFor(id, action);
        ConcurrentChangeException.check(grant.referral().getVersion(), expectedVersion);
        change.accept(grant);
        work.flush();
        audit.record(entry.apply(grant));
        return view(grant.user(), grant.referral());
    }

    /** The referral as {@code user} now sees it: the partner's view, or the sending side's. */
    ReferralView view(UserAccount user, Referral r) {
        ReferralRights rights = access.rights(user, r);
        return rights.partnerView() ? PartnerReferralView.of(r, rights, clock.instant())
                : ReferralSheet.of(r, rights, clock.instant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
