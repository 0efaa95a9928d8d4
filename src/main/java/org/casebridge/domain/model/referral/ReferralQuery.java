package org.casebridge.domain.model.referral;

import java.util.Set;

/** What a referral list asks for; every filter optional. {@code overdueOnly}: SENT past the response-due time. */
public record ReferralQuery(Set<ReferralStatus> statuses, boolean overdueOnly, Long recipientAgencyId, Long caseId) {

    public static ReferralQuery all() {
        return new ReferralQuery(Set.of(), false, null, null);
    }
}
