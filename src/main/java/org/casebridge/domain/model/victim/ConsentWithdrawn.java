package org.casebridge.domain.model.victim;

/**
 * A domain event: a victim withdrew one of their consents. Fired inside the transaction of the
 * withdrawal, so that what relied on the consent (open referrals) is updated with it or not at all.
 */
public record ConsentWithdrawn(long victimId, long consentId, ConsentPurpose purpose, java.time.LocalDate on) {
}
