package org.casebridge.domain.model.casefile;

/** Where a case stands in the national referral mechanism. */
public enum CaseStage {
    IDENTIFICATION("Identification"),
    ASSISTANCE("Assistance"),
    RETURN("Return"),
    REINTEGRATION("Reintegration"),
    CRIMINAL_PROCEEDINGS("CriminalProceedings");

    private final String htcdsValue;

    CaseStage(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
