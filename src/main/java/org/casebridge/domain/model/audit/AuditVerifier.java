package org.casebridge.domain.model.audit;

import java.time.Instant;

/**
 * Checks and signs the audit chain with the keys from configuration, which the domain never holds
 * itself. Verification walks the stored chain with a {@link ChainCheck}.
 */
public interface AuditVerifier {

    /** The whole chain from sequence 1, and against the latest stored checkpoint if there is one. */
    VerificationResult verifyAll();

    /**
     * The chain from {@code trusted} (a checkpoint kept off the server) on: its signature, the entry
     * at its sequence, and every entry after it. A chain that ends before it was truncated.
     */
    VerificationResult verifyFrom(AuditCheckpoint trusted);

    /** A checkpoint over {@code sequence} and {@code headHash}, signed with the configured Ed25519 key. */
    AuditCheckpoint sign(long sequence, String headHash, Instant at);

    boolean signatureValid(AuditCheckpoint checkpoint);

    /** The key that verifies checkpoint signatures: Base64 of its X.509 encoding, to keep with exported checkpoints. */
    String publicKey();
}
