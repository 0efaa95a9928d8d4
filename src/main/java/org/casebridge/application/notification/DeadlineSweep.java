package org.casebridge.application.notification;

import java.time.Instant;

/**
 * Fired on every node by {@link NotificationSweep} at a fixed interval (and so again after every
 * restart): the moment at which each context looks for deadlines that have passed. An observer claims
 * each record with a conditional update in its own transaction and notifies only when its claim
 * succeeded, so that a deadline is notified once, however many nodes fire.
 */
public record DeadlineSweep(Instant now) {
}
