package org.casebridge.domain.model.shared;

import java.time.Duration;

/**
 * The leases of the work that must run once in a cluster (a timer fires on every instance): one row per
 * job, taken with a conditional update, so that the database decides which instance runs, by its own clock.
 */
public interface RunLeases {

    /**
     * Takes the lease of the job {@code job} for {@code length} for {@code holder} when no one holds it now,
     * counting the run; answers whether it was taken. A job without a lease row is never taken.
     */
    boolean take(String job, String holder, Duration length);
}
