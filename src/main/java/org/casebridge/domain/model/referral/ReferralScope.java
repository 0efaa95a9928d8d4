package org.casebridge.domain.model.referral;

import org.casebridge.domain.model.casefile.CaseScope;

/**
 * Which referrals a user may list, as data for the WHERE clause: those addressed to a partner's
 * agency (never drafts), those sent from a supervisor's country, and those sent from the cases a
 * caseworker may read ({@code cases}, the case context's own scope). Any part may be null.
 */
public record ReferralScope(Long recipientAgencyId, String sendingCountry, CaseScope cases) {

    public boolean isEmpty() {
        return recipientAgencyId == null && sendingCountry == null && (cases == null || cases.isEmpty());
    }
}
