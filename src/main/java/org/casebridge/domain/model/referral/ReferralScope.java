package org.casebridge.domain.model.referral;

import org.casebridge.domain.model.casefile.CaseScope;

/**
 * Which referrals a user may list, as data for the WHERE clause: those addressed to a partner's
 * agency (never drafts), those sent from a supervisor's country, and those sent from the cases a
 * caseworker may read ({@code cases}, the case context's own scope) in {@code casesCountry}, the
 * caseworker's country. Every such case is of that country, and so is each of its referrals' sending
 * country: a case's country never changes, and only its country's users may read it and send its
 * referrals (the sending agency is the sender's). Saying so lets the database start from that country's
 * referrals instead of every referral of every country (docs/performance.md, "Load"). Any part may be null.
 */
public record ReferralScope(Long recipientAgencyId, String sendingCountry, CaseScope cases, String casesCountry) {

    public ReferralScope {
        if (cases != null && !cases.isEmpty() && casesCountry == null) {
            throw new IllegalArgumentException("a caseworker's referrals are bounded by their country");
        }
    }

    public boolean isEmpty() {
        return recipientAgencyId == null && sendingCountry == null && (cases == null || cases.isEmpty());
    }
}
