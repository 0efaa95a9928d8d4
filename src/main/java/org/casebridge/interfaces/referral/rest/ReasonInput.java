package org.casebridge.interfaces.referral.rest;

/** Why a referral is declined or revoked. */
public record ReasonInput(String reason) {
}
