package org.casebridge.domain.model.account;

import java.time.Duration;

/** After {@code maxFailures} failed logins in a row an account is locked for {@code lockDuration}. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one attempt and a positive duration");
        }
    }
}
