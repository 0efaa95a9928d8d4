package org.casebridge.application.casefile;

import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.casefile.CaseFile;

/** A case a caller was allowed an action on, with everything else they may do with it. */
public record CaseGrant(UserAccount user, CaseFile caseFile, CaseRights rights) {

    public long id() {
        return caseFile.getId();
    }

    public String country() {
        return caseFile.getCountryCode().value();
    }
}
