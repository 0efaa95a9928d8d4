package org.casebridge.domain.model.victim;

/** HTCDS prs_Gender. */
public enum Gender {
    FEMININE("Feminine"),
    MASCULINE("Masculine"),
    TRANSGENDER_FEMININE("TransgenderFeminine"),
    TRANSGENDER_MASCULINE("TransgenderMasculine"),
    NON_CONFORMING("NonConforming"),
    NON_SPECIFIED_UNKNOWN("NonSpecifiedUnknown");

    private final String htcdsValue;

    Gender(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
