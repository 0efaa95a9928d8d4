package org.casebridge.interfaces.account.rest;

import java.time.Instant;
import org.casebridge.application.account.ApiTokenView;

/** A personal API token as listed: never its secret. */
public record TokenDto(long id, String username, String name, boolean readOnly, String status, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public static TokenDto of(ApiTokenView t) {
        return new TokenDto(t.id(), t.username(), t.name(), t.readOnly(), t.status().name(), t.createdAt(),
                t.expiresAt(), t.lastUsedAt(), t.revokedAt());
    }
}
