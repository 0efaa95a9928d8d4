package org.casebridge.application.casefile.view;

import java.io.Serializable;
import org.casebridge.domain.model.account.UserAccount;

/** A user as a case shows them: who is assigned, who is on the team. */
public record UserRef(long id, String username, String displayName, String agencyCode) implements Serializable {

    public static UserRef of(UserAccount a) {
        return new UserRef(a.getId(), a.getUsername().value(), a.getDisplayName(), a.getAgency().getCode().value());
    }
}
