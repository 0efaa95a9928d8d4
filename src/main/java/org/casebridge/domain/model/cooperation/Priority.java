package org.casebridge.domain.model.cooperation;

/** How fast the requested country is asked to acknowledge and answer; the deadlines come from configuration. */
public enum Priority {
    URGENT,
    NORMAL
}
