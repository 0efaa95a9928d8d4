package org.casebridge.domain.model.audit;


/**
 * Domain event: a checkpoint was signed and stored. Observed after the transaction commits, to publish it where
 * the database's users cannot change it (see {@code casebridge.audit.checkpoint-sink}).
 */
public record CheckpointSigned(AuditCheckpoint checkpoint, String publicKey) {
}
