package org.casebridge.domain.model.agency;

/**
 * Organisation categories of HTCDS 2.0 ({@code org_Type}) plus international organisations
 * (IOM, UNHCR), which the standard leaves to custom values.
 */
public enum AgencyType {
    NGO("NGO"),
    LAW_ENFORCEMENT("LawEnforcement"),
    HEALTH_SERVICE_ORGANISATION("HealthServiceOrganisation"),
    CENTRAL_GOVERNMENT_ORGANISATION("CentralGovernmentOrganisation"),
    LOCAL_GOVERNMENT_ORGANISATION("LocalGovernmentOrganisation"),
    IMMIGRATION_SERVICE("ImmigrationService"),
    LEGAL_SERVICE("LegalService"),
    CORPORATE_BUSINESS("CorporateBusiness"),
    SCHOOL_OR_COLLEGE("SchoolOrCollege"),
    INTERNATIONAL_ORGANISATION("InternationalOrganisation");

    private final String htcdsValue;

    AgencyType(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }

    /** Government agencies open and own cases; the others receive referrals as partners. */
    public boolean isGovernment() {
        return this == LAW_ENFORCEMENT || this == CENTRAL_GOVERNMENT_ORGANISATION
                || this == LOCAL_GOVERNMENT_ORGANISATION || this == IMMIGRATION_SERVICE;
    }
}
