package org.casebridge.domain.model.referral;

/**
 * What a sender may put into the victim summary a partner sees (the allowlist). Surname, documents,
 * contact details, perpetrators, case notes and events are not on it, so they can never be shared.
 */
public enum SummaryField {
    /** The victim's alias (the name used for sharing). */
    ALIAS(true),
    /** The victim's given name. */
    FIRST_NAME(true),
    GENDER(true),
    /** Age in whole years on the day of sending. */
    AGE(true),
    /** Age as a band (0-11, 12-17, 18-24, 25-34, 35-49, 50+) on the day of sending. */
    AGE_BAND(true),
    LANGUAGES(true),
    /** The needs, written by the sender for the partner. */
    NEEDS(false),
    /** Safety notes, written by the sender for the partner. */
    SAFETY_NOTES(false),
    /** How the partner may get in touch, written by the sender (the only way contact data is shared). */
    CONTACT_ARRANGEMENTS(false);

    private final boolean fromVictim;

    SummaryField(boolean fromVictim) {
        this.fromVictim = fromVictim;
    }

    /** Taken from the victim's record (true) or written by the sender for the partner (false). */
    public boolean fromVictim() {
        return fromVictim;
    }
}
