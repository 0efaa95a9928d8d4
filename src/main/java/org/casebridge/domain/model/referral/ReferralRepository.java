package org.casebridge.domain.model.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Referrals, with the caller's scope in every list and count. */
public interface ReferralRepository {

    Optional<Referral> find(long id);

    Referral add(Referral referral);

    /** One page of the referrals in {@code scope} matching {@code query}, newest first, continuing below {@code afterId} when given. */
    List<Referral> search(ReferralScope scope, ReferralQuery query, Long afterId, int size, Instant now);

    long count(ReferralScope scope, ReferralQuery query, Instant now);

    /**
     * The referrals in {@code scope} with each of {@code statuses}, and the overdue ones (SENT, past their response-due
     * time at {@code now}; counted only when SENT is one of {@code statuses}), in one grouped query: the home pages'
     * figures, each equal to {@link #count} of the list it links to.
     */
    ReferralCounts countByStatus(ReferralScope scope, java.util.Set<ReferralStatus> statuses, Instant now);

    /** The victim's referrals that are SENT or ACCEPTED. */
    List<Referral> openOfVictim(long victimId);

    /** Ids of SENT referrals past their response-due time at {@code now} whose sender has not been told yet, oldest due first. */
    List<Long> overdueNotNotified(Instant now, int limit);

    /**
     * Marks referral {@code id} as "overdue notified" at {@code now}, in one conditional update: true for
     * exactly one caller (one node, once), false when it is no longer SENT and overdue or was marked already.
     */
    boolean claimOverdueNotice(long id, Instant now);
}
