package org.casebridge.application.account;

import java.time.Instant;
import org.casebridge.domain.model.account.ApiToken;
import org.casebridge.domain.model.account.ApiTokenStatus;

/** A personal API token as its user and administrators see it: never the secret, nor its hash. */
public record ApiTokenView(long id, String username, String name, boolean readOnly, ApiTokenStatus status,
        Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) implements java.io.Serializable {

    static ApiTokenView of(ApiToken t, String username, Instant now) {
        return new ApiTokenView(t.getId(), username, t.getName(), t.isReadOnly(), t.statusAt(now), t.getCreatedAt(),
                t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt());
    }

    public boolean active() {
        return status == ApiTokenStatus.ACTIVE;
    }
}
