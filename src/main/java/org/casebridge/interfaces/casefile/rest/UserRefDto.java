package org.casebridge.interfaces.casefile.rest;

import org.casebridge.domain.model.account.UserAccount;

/** A caseworker as a case shows them: who, not their account. */
public record UserRefDto(long id, String username, String displayName) {

    static UserRefDto of(UserAccount a) {
        return new UserRefDto(a.getId(), a.getUsername().value(), a.getDisplayName());
    }
}
