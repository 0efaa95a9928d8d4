package org.casebridge.domain.model.cooperation;

/**
 * What a requesting country may put into the case extract the requested country sees (the
 * allowlist). Contact details, addresses, documents, notes, events, support plans, consents, other
 * victims and the case's team are not on it, so they can never be shared. Fields marked as the
 * victim's personal data need the victim's consent to cross-border sharing covering the requested
 * country, or a recorded legal basis for sharing without it.
 */
public enum ExtractField {
    /** The requesting side's case number. */
    CASE_NUMBER(false),
    /** When and where the victim was identified. */
    IDENTIFICATION(false),
    /** The types of exploitation, with the types of sexual exploitation and the industry of forced labour. */
    EXPLOITATION(false),
    /** The methods of control and of recruitment. */
    CONTROL_AND_RECRUITMENT(false),
    /** The suspected perpetrators: name, roles, organisation (for investigations and legal assistance). */
    PERPETRATORS(false),
    /** The victim's given and family names and alias. */
    VICTIM_NAMES(true),
    VICTIM_GENDER(true),
    /** The victim's date of birth, or the estimated age. */
    VICTIM_BIRTH(true),
    VICTIM_CITIZENSHIPS(true),
    VICTIM_LANGUAGES(true);

    private final boolean victimData;

    ExtractField(boolean victimData) {
        this.victimData = victimData;
    }

    /** Whether this field carries the victim's personal data (and so needs consent or a legal basis). */
    public boolean victimData() {
        return victimData;
    }
}
