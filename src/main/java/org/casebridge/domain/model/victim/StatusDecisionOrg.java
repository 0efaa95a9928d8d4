package org.casebridge.domain.model.victim;

/** HTCDS vic_TraffickingStatusDecisionMakingOrg: who decided the trafficking status. */
public enum StatusDecisionOrg {
    POLICE("Police"),
    NGO("NGO"),
    COURT_OR_PROSECUTION("CourtOrProsecution"),
    NON_POLICE_GOVERNMENTAL_ORGANIZATION("NonPoliceGovernmentalOrganization"),
    OTHER("Other");

    private final String htcdsValue;

    StatusDecisionOrg(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
