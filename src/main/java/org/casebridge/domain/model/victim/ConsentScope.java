package org.casebridge.domain.model.victim;

/** Who a consent covers: one agency, one country, or any recipient. */
public enum ConsentScope {
    AGENCY("Agency"),
    COUNTRY("Country"),
    ANY("Any");

    private final String htcdsValue;

    ConsentScope(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
