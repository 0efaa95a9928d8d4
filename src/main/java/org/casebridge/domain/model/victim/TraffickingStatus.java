package org.casebridge.domain.model.victim;

/** HTCDS vic_TraffickingStatus. */
public enum TraffickingStatus {
    POSSIBLE("PossibleVictimOfTrafficking"),
    ACTUAL("ActualVictimOfTrafficking"),
    NOT_A_VICTIM("NotAVictimOfTrafficking");

    private final String htcdsValue;

    TraffickingStatus(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
