package org.casebridge.application.audit;

import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.VerificationResult;

/**
 * What asking for a checkpoint gave: the checkpoint signed (or the latest one, when the chain has not
 * moved), or, when the chain did not verify, no checkpoint and why (an alarm was raised).
 */
public record CheckpointOutcome(AuditCheckpoint checkpoint, VerificationResult refusal) {

    public boolean signed() {
        return checkpoint != null;
    }
}
