package org.casebridge.domain.model.victim;

/** What a victim consented to have their data used for. */
public enum ConsentPurpose {
    SERVICE_REFERRAL("ServiceReferral"),
    CROSS_BORDER_SHARING("CrossBorderSharing"),
    STATISTICS("Statistics");

    private final String htcdsValue;

    ConsentPurpose(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
