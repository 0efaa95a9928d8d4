package org.casebridge.application.referral;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.casebridge.application.export.ListExport;
import org.casebridge.application.export.ListExports;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralQueryText;
import org.casebridge.domain.model.referral.ReferralRepository;

/**
 * The referral list of one user as a background export reads it (issue 13): the sending side's list of a caseworker
 * or supervisor, or a partner's inbox ({@link PartnerReferralRow}s, as their screen and download show it). Asked for
 * with the list's own access check, then counted and read a page of {@link #PAGE} at a time, newest first by id, in
 * the owner's scope as it is when the job runs.
 */
@Stateless
@LocalBean
public class ReferralListExport implements ListExport<Object, Long> {

    @Inject
    ReferralAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    ReferralRepository referrals;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return ListSelection.REFERRALS;
    }

    @Override
    public String recordType() {
        return ReferralAccess.REFERRAL;
    }

    @Override
    public String asked(String query) {
        access.referralUser();
        return ReferralQueryText.encode(ReferralQueryText.decode(query));
    }

    /** Whether the owner's list is a partner's inbox ({@link PartnerReferralRow}s) rather than the sending side's. */
    public boolean inbox(long ownerId) {
        return access.partnerOnly(owner(ownerId));
    }

    @Override
    public long count(long ownerId, String query) {
        return referrals.count(access.scope(owner(ownerId)), ReferralQueryText.decode(query), clock.instant());
    }

    @Override
    public Page<Object, Long> page(long ownerId, String query, Long after) {
        UserAccount owner = owner(ownerId);
        Instant now = clock.instant();
        List<Referral> items = referrals.search(access.scope(owner), ReferralQueryText.decode(query), after, PAGE, now);
        Long next = items.size() < PAGE ? null : items.get(items.size() - 1).getId();
        boolean partner = access.partnerOnly(owner);
        return new Page<>(items.stream().map(r -> partner ? (Object) PartnerReferralRow.of(r, now) : ReferralRow.of(r, now))
                .toList(), next);
    }

    private UserAccount owner(long ownerId) {
        return ListExports.owner(accounts, ownerId, Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER);
    }
}
