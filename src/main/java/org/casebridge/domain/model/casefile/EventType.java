package org.casebridge.domain.model.casefile;

/** The phases of a trafficking process a case records. */
public enum EventType {
    RECRUITMENT("Recruitment"),
    TRANSIT("Transit"),
    EXPLOITATION("Exploitation");

    private final String htcdsValue;

    EventType(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }
}
