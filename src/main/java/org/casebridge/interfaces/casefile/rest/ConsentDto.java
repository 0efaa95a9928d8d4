package org.casebridge.interfaces.casefile.rest;

import java.time.LocalDate;
import org.casebridge.domain.model.victim.Consent;

/** A consent record; {@code validToday} says whether it is in force now. */
public record ConsentDto(long id, String purpose, String scope, String scopeValue, LocalDate givenOn, LocalDate expiresOn,
        LocalDate withdrawnOn, String recordedBy, boolean validToday) {

    static ConsentDto of(Consent c) {
        return new ConsentDto(c.getId(), c.getPurpose().name(), c.getScope().name(), c.getScopeValue(), c.getGivenOn(),
                c.getExpiresOn(), c.getWithdrawnOn(), c.getRecordedBy(), c.isValidOn(LocalDate.now()));
    }
}
