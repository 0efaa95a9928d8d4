package org.casebridge.application.casefile;

import java.util.List;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.victim.Victim;

/**
 * A victim a caller was allowed an action on, with the victim's cases the caller may read and those
 * they work on (computed once, by {@link CaseAccess}), and the country of the victim's cases.
 */
public record VictimGrant(UserAccount user, Victim victim, List<CaseFile> readable, List<CaseFile> worked, String country) {

    public long id() {
        return victim.getId();
    }

    /** A victim's record changes only while one of the cases the caller works on is open. */
    public void requireOpenCase() {
        if (worked.stream().allMatch(c -> c.getStatus().isClosed())) {
            throw new DomainException("error.case.theVictimSCases");
        }
    }
}
