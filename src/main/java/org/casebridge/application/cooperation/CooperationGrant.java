package org.casebridge.application.cooperation;

import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.cooperation.CooperationRequest;

/** A cooperation request a caller was allowed an action on, with everything else they may do with it. */
public record CooperationGrant(UserAccount user, CooperationRequest request, CooperationRights rights) {

    public long id() {
        return request.getId();
    }

    /** The country whose supervisors see this change: the caller's side of the request. */
    public String country() {
        return rights.requestedSide() ? request.getRequestedCountry() : request.getRequestingCountry();
    }

    public String username() {
        return user.getUsername().value();
    }

    public String userCountry() {
        return user.countryCode();
    }
}
