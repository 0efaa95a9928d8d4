package org.casebridge.domain.model.victim;

/** HTCDS vic_RelationshipToTrafficker. */
public enum RelationshipToTrafficker {
    FAMILIAL("Familial"),
    ACQUAINTED("Acquainted"),
    UNACQUAINTED("Unaquainted");

    private final String htcdsValue;

    RelationshipToTrafficker(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
