package org.casebridge.application.audit;

import java.time.Instant;

/** The latest audit alarm (the chain or a stored checkpoint failed a check), as shown on every page to those who must act. */
public record AuditAlarm(long sequence, Instant at, String detail) {
}
