package org.casebridge.domain.model.audit;

import java.time.Instant;
import java.util.Collection;

/**
 * Checks and signs the audit chain with the keys from configuration, which the domain never holds
 * itself. Verification walks the stored chain with a {@link ChainCheck}.
 */
public interface AuditVerifier {

    /**
     * The whole chain from sequence 1, against every stored checkpoint and every checkpoint in
     * {@code given} (kept off the server): the first sequence where the chain and any of them
     * disagree, or a checkpoint whose signature fails, is reported.
     */
    VerificationResult verifyAll(Collection<AuditCheckpoint> given);

    /**
     * The chain from {@code previous} (a checkpoint whose signature holds; null for the start of the
     * chain) to its last entry: what a new checkpoint would vouch for. The cost is the entries since
     * {@code previous}.
     */
    VerificationResult verifySince(AuditCheckpoint previous);

    /** A checkpoint over {@code sequence} and {@code headHash}, signed with the configured Ed25519 key. */
    AuditCheckpoint sign(long sequence, String headHash, Instant at);

    boolean signatureValid(AuditCheckpoint checkpoint);

    /**
     * This installation's countersignature, as a witness, over another installation's checkpoint
     * (see {@link Countersignature}), with the configured Ed25519 key.
     */
    String countersign(java.security.PublicKey source, AuditCheckpoint theirs, Instant witnessedAt);

    /** The key that verifies checkpoint signatures: Base64 of its X.509 encoding, to keep with exported checkpoints. */
    String publicKey();
}
