package org.casebridge.domain.model.casefile;

/** HTCDS spl_Type. */
public enum SupportPlanType {
    EDUCATION("Education"),
    FINANCIAL("Financial"),
    HEALTH("Health"),
    LABOUR_EXPLOITATION_REHABILITATION("LabourExploitationRehabilitation"),
    LEGAL("Legal"),
    LIVELIHOOD("Livelihood"),
    RIGHTS_BASED_TRAINING("RightsBasedTraining"),
    SEXUAL_EXPLOITATION_REHABILITATION("SexualExploitationRehabilitation"),
    SOCIAL_CARE("SocialCare");

    private final String htcdsValue;

    SupportPlanType(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
