package org.casebridge.domain.model.victim;

/** Migration status, after the HTCDS guidance on mixed migration. */
public enum MigrationStatus {
    NATIONAL("National"),
    REGULAR_MIGRANT("RegularMigrant"),
    IRREGULAR_MIGRANT("IrregularMigrant"),
    ASYLUM_SEEKER("AsylumSeeker"),
    REFUGEE("Refugee"),
    STATELESS("Stateless"),
    UNKNOWN("Unknown");

    private final String htcdsValue;

    MigrationStatus(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
