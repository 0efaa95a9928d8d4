package org.casebridge.domain.model.account;

/** Where a personal API token stands: usable, past its expiry, or revoked. */
public enum ApiTokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
