package org.casebridge.application.referral.view;

import java.io.Serializable;
import java.time.Instant;
import org.casebridge.domain.model.referral.Referral;

/** A supervisor's consent override on a referral, shown to both sides; {@code by} only to the sending side. */
public record ConsentOverrideView(String legalBasis, String by, Instant at) implements Serializable {

    static ConsentOverrideView of(Referral r, boolean withWho) {
        return r.getConsentOverrideBasis() == null ? null
                : new ConsentOverrideView(r.getConsentOverrideBasis(), withWho ? r.getConsentOverrideBy() : null,
                        r.getConsentOverrideAt());
    }
}
