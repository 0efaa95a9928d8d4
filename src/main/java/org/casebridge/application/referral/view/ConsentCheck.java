package org.casebridge.application.referral.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.domain.model.victim.Consent;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.Victim;

/**
 * Whether a victim's consent allows a service referral to one partner on one day, and if not, why:
 * {@code NO_PARTNER} (none chosen yet), {@code NONE} (no consent to a service referral was ever
 * recorded), {@code NOT_IN_FORCE} (recorded, but expired, withdrawn or not yet given that day),
 * {@code OTHER_RECIPIENT} (in force, but for another agency or country). Coverage itself is the
 * victim's own rule ({@link Victim#hasConsent}), the one sending checks.
 */
public record ConsentCheck(State state, String agencyCode, String country) implements Serializable {

    public enum State { COVERED, NO_PARTNER, NONE, NOT_IN_FORCE, OTHER_RECIPIENT }

    public boolean covered() {
        return state == State.COVERED;
    }

    public static ConsentCheck of(Victim victim, String agencyCode, String country, LocalDate day) {
        if (agencyCode == null) {
            return new ConsentCheck(State.NO_PARTNER, null, null);
        }
        if (victim.hasConsent(ConsentPurpose.SERVICE_REFERRAL, agencyCode, country, day)) {
            return new ConsentCheck(State.COVERED, agencyCode, country);
        }
        List<Consent> referral = victim.getConsents().stream().filter(c -> c.getPurpose() == ConsentPurpose.SERVICE_REFERRAL)
                .toList();
        State why = referral.isEmpty() ? State.NONE
                : referral.stream().anyMatch(c -> c.isValidOn(day)) ? State.OTHER_RECIPIENT : State.NOT_IN_FORCE;
        return new ConsentCheck(why, agencyCode, country);
    }
}
