package org.casebridge.application.referral;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.export.Exports;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralPage;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.application.referral.view.ReferralView;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.casebridge.domain.model.referral.ReferralRepository;
import org.casebridge.domain.model.referral.ReferralScope;

/**
 * Reading referrals, for screens and REST alike: a partner's inbox, the sending side's list (the
 * referrals of the cases a caseworker may read, a supervisor's country's), and one referral as the
 * caller may see it. Every read is audited, with the ids shown; every partner view is a VIEW entry.
 */
@Stateless
@AuditedService
public class ReferralQueryService {

    private static final String REFERRAL = ReferralAccess.REFERRAL;

    @Inject
    ReferralAccess access;

    @Inject
    ReferralChanges changes;

    @Inject
    ReferralRepository referrals;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Exports exports;

    /**
     * A page of the referrals the caller may list, newest first: {@link PartnerReferralRow}s for a
     * partner (its agency's inbox), {@link ReferralRow}s for the sending side.
     */
    public ReferralPage<?> list(ReferralQuery query, Long afterId, int size) {
        UserAccount user = access.referralUser();
        ReferralScope scope = access.scope(user);
        Instant now = clock.instant();
        List<Referral> items = referrals.search(scope, query, afterId, size, now);
        long total = referrals.count(scope, query, now);
        String next = items.size() == size ? Long.toString(items.get(items.size() - 1).getId()) : null;
        boolean partner = access.partnerOnly(user);
        audit.record(AuditEvent.list(AuditAction.LIST, REFERRAL, items.stream().map(Referral::getId).toList(),
                partner ? "inbox" : null));
        return partner ? new ReferralPage<>(items.stream().map(r -> PartnerReferralRow.of(r, now)).toList(), total, next)
                : new ReferralPage<>(items.stream().map(r -> ReferralRow.of(r, now)).toList(), total, next);
    }

    /**
     * The whole list with the same filters and rows as {@link #list}, for a download: refused above
     * {@code casebridge.download.max-rows} rows, audited as an EXPORT with the ids of every referral in it.
     */
    public ReferralPage<?> export(ReferralQuery query) {
        UserAccount user = access.referralUser();
        Instant now = clock.instant();
        List<Referral> items = exports.withinLimit(referrals.search(access.scope(user), query, null, exports.rowsToRead(), now));
        boolean partner = access.partnerOnly(user);
        exports.record(REFERRAL, items.stream().map(Referral::getId).toList(), "xlsx", partner ? "inbox" : null);
        return partner ? new ReferralPage<>(items.stream().map(r -> PartnerReferralRow.of(r, now)).toList(), items.size(), null)
                : new ReferralPage<>(items.stream().map(r -> ReferralRow.of(r, now)).toList(), items.size(), null);
    }

    /** Whether the caller's lists are a partner's inbox ({@link PartnerReferralRow}s) rather than the sending side's. */
    @NotAudited("says which kind of list the caller gets; reads no record")
    public boolean listsInbox() {
        return access.partnerOnly(access.referralUser());
    }

    /** One referral: the partner's view for the partner it is addressed to, the sending side's otherwise. */
    public ReferralView read(long id) {
        ReferralGrant g = access.referralFor(id, ReferralAction.READ);
        audit.record(AuditEvent.view(REFERRAL, id, g.country()).detail(g.rights().partnerView() ? "partner view" : null));
        return changes.view(g.user(), g.referral());
    }
}
