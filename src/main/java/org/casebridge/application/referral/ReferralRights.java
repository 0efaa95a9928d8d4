package org.casebridge.application.referral;

import java.io.Serializable;

/**
 * What one caller may do with one referral, decided once per call by {@link ReferralAccess}.
 * {@code partnerView}: the caller sees it only as the partner it is addressed to (referral fields and
 * the summary, nothing of the case). Screens and API clients use the rest to offer what will be allowed.
 */
public record ReferralRights(boolean read, boolean partnerView, boolean send, boolean answer, boolean revoke,
        boolean overrideConsent) implements Serializable {

    public static final ReferralRights NONE = new ReferralRights(false, false, false, false, false, false);

    public boolean allows(ReferralAction action) {
        return switch (action) {
            case READ -> read;
            case SEND -> send;
            case ANSWER -> answer;
            case REVOKE -> revoke;
            case OVERRIDE_CONSENT -> overrideConsent;
        };
    }
}
