package org.casebridge.domain.model.referral;

import java.util.EnumMap;
import java.util.Map;

/**
 * Referrals in a scope counted by status in one query, with the SENT ones past their response-due time:
 * each figure equals {@code count} of the list with that status (or with {@code overdueOnly}).
 */
public record ReferralCounts(Map<ReferralStatus, Long> byStatus, long overdue) {

    public ReferralCounts {
        Map<ReferralStatus, Long> copy = new EnumMap<>(ReferralStatus.class);
        copy.putAll(byStatus);
        byStatus = Map.copyOf(copy);
    }

    /** The referrals with {@code status}; 0 for a status that was not counted or has none. */
    public long of(ReferralStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
