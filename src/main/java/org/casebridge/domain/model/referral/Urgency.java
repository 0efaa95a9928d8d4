package org.casebridge.domain.model.referral;

/** How soon the partner must answer; the hours come from configuration. */
public enum Urgency {
    URGENT,
    NORMAL
}
