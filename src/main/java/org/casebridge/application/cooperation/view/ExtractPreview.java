package org.casebridge.application.cooperation.view;

import java.io.Serializable;

/**
 * What a new request would show the requested country if it were sent now: the extract, taken from the
 * case exactly as sending takes it, whether it carries the victim's personal data, and whether the
 * victim's consent to cross-border sharing covers the chosen country today (when it does not, the
 * sender records a legal basis for sharing without consent, or leaves the victim's data out).
 */
public record ExtractPreview(ExtractView extract, boolean victimData, boolean consentCovers) implements Serializable {

    /** Whether a legal basis for sharing without consent is needed to send it. */
    public boolean needsSharingBasis() {
        return victimData && !consentCovers;
    }
}
