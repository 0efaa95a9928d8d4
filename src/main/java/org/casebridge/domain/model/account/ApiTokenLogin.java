package org.casebridge.domain.model.account;

import java.util.Set;

/**
 * The port through which the authentication mechanism checks a bearer token (implemented by the
 * application layer, which audits and rate-limits). Checking costs one SHA-256 and an indexed lookup.
 */
public interface ApiTokenLogin {

    /**
     * The request attribute set (to {@code Boolean.TRUE}) when HTTP Basic carried the right password of
     * an account that has, or whose role requires, a second factor: the answer then says to use a token.
     */
    String TOKEN_REQUIRED = "casebridge.auth.token-required";

    /** Checks a presented secret for the current request; failures are audited and counted per client address. */
    Check check(String presentedSecret);

    /** A read-only token asked for a change ({@code method}): audited DENIED. */
    void refuseChange(long tokenId, String method);

    /** What the check found. */
    enum Outcome {
        VALID,
        INVALID,
        /** Too many failed token checks from this client address: try again after {@code retryAfterSeconds}. */
        RATE_LIMITED
    }

    /** The result: on VALID the user, their roles now, the token's id and whether it may only read. */
    record Check(Outcome outcome, String username, Set<String> roles, long tokenId, boolean readOnly,
            long retryAfterSeconds) {

        public static final Check INVALID = new Check(Outcome.INVALID, null, Set.of(), 0, false, 0);

        public static Check valid(String username, Set<String> roles, long tokenId, boolean readOnly) {
            return new Check(Outcome.VALID, username, Set.copyOf(roles), tokenId, readOnly, 0);
        }

        public static Check rateLimited(long retryAfterSeconds) {
            return new Check(Outcome.RATE_LIMITED, null, Set.of(), 0, false, retryAfterSeconds);
        }
    }
}
