package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.time.LocalDate;
import org.casebridge.domain.model.victim.Consent;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;

/**
 * A consent record and its state on the day it was read: {@code valid}, {@code withdrawn},
 * {@code expired} or {@code future} (given on a later day).
 */
public record ConsentView(long id, ConsentPurpose purpose, ConsentScope scope, String scopeValue, LocalDate givenOn,
        LocalDate expiresOn, LocalDate withdrawnOn, String recordedBy, boolean validToday, String state)
        implements Serializable {

    public static ConsentView of(Consent c, LocalDate today) {
        return new ConsentView(c.getId(), c.getPurpose(), c.getScope(), c.getScopeValue(), c.getGivenOn(), c.getExpiresOn(),
                c.getWithdrawnOn(), c.getRecordedBy(), c.isValidOn(today), state(c, today));
    }

    private static String state(Consent c, LocalDate today) {
        if (c.getWithdrawnOn() != null && !today.isBefore(c.getWithdrawnOn())) {
            return "withdrawn";
        }
        if (c.isValidOn(today)) {
            return "valid";
        }
        return today.isBefore(c.getGivenOn()) ? "future" : "expired";
    }
}
