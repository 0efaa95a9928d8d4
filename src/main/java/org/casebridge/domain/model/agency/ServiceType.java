package org.casebridge.domain.model.agency;

/** Services a partner agency offers and a referral can ask for. */
public enum ServiceType {
    SHELTER,
    MEDICAL,
    PSYCHOSOCIAL,
    LEGAL,
    INTERPRETATION,
    REPATRIATION,
    EDUCATION_LIVELIHOOD
}
