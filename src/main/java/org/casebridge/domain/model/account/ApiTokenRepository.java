package org.casebridge.domain.model.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Personal API tokens. */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    /** The token whose secret has this SHA-256 (hex), active or not. */
    Optional<ApiToken> findByHash(String secretHash);

    /** A user's tokens, newest first (at most the newest 200). */
    List<ApiToken> ofUser(long userId);

    ApiToken add(ApiToken token);

    /**
     * Records a use (time and client address) without changing the token's version, so that an
     * integration's calls never conflict with a revocation.
     */
    void recordUse(long tokenId, Instant at, String address);

    /** The tokens not revoked that expire after {@code from} and before {@code to}, the soonest first, at most {@code max}. */
    List<ApiToken> expiringBetween(Instant from, Instant to, int max);
}
