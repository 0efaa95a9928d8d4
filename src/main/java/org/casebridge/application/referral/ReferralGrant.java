package org.casebridge.application.referral;

import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.referral.Referral;

/** A referral a caller was allowed an action on, with everything else they may do with it. */
public record ReferralGrant(UserAccount user, Referral referral, ReferralRights rights) {

    public long id() {
        return referral.getId();
    }

    /** The sending country: the country whose supervisors see refusals and changes of this referral. */
    public String country() {
        return referral.getSendingCountry();
    }

    public String username() {
        return user.getUsername().value();
    }
}
