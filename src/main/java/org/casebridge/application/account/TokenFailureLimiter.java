package org.casebridge.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed API token checks per client address in fixed windows: after
 * {@code casebridge.api-tokens.max-failures} failures within {@code casebridge.api-tokens.failure-window-seconds}
 * the address is refused (429) until the window ends, without a database lookup. Kept in memory, per
 * node: guessing a 256-bit secret is hopeless anyway; the limit keeps a guesser from loading the
 * database and the audit trail.
 */
@ApplicationScoped
public class TokenFailureLimiter {

    private static final int MAX_ADDRESSES = 10_000;

    @Inject
    @ConfigProperty(name = "casebridge.api-tokens.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "casebridge.api-tokens.failure-window-seconds", defaultValue = "60")
    int windowSeconds;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Seconds until {@code address} may try again; 0 when it may now. */
    public long blockedFor(String address, Instant now) {
        Window w = windows.get(key(address));
        if (w == null || !now.isBefore(w.end) || w.failures < maxFailures) {
            return 0;
        }
        return Math.max(1, Duration.between(now, w.end).toSeconds() + 1);
    }

    /** Counts a failure; returns true when this one reached the limit (the first refusal of the window). */
    public boolean failed(String address, Instant now) {
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> !now.isBefore(w.end));
        }
        Window w = windows.compute(key(address), (k, old) -> old == null || !now.isBefore(old.end)
                ? new Window(now.plusSeconds(windowSeconds), 1) : new Window(old.end, old.failures + 1));
        return w.failures == maxFailures;
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }

    private record Window(Instant end, int failures) {
    }
}
