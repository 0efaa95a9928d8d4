package org.casebridge.interfaces.referral.rest;

/** The legal basis on which a supervisor allows a referral without the victim's consent. */
public record OverrideInput(String legalBasis) {
}
