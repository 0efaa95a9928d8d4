package org.casebridge.interfaces.audit.rest;

import java.time.Instant;
import org.casebridge.domain.model.audit.AuditCheckpoint;

/**
 * A signed checkpoint as exported for keeping off the server, with the public key that verifies it.
 * Sent back (publicKey optional and ignored) to verify the chain from it.
 */
public record CheckpointDto(Long sequence, String headHash, Instant createdAt, String signature, String publicKey) {

    public static CheckpointDto of(AuditCheckpoint c, String publicKey) {
        return new CheckpointDto(c.getSequence(), c.getHeadHash(), c.getCreatedAt(), c.getSignature(), publicKey);
    }

    /** The checkpoint to verify from; null when a field is missing. */
    public AuditCheckpoint toCheckpoint() {
        if (sequence == null || headHash == null || createdAt == null || signature == null) {
            return null;
        }
        return new AuditCheckpoint(sequence, headHash, createdAt, signature);
    }
}
