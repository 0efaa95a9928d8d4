package org.casebridge.domain.model.audit;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;

/**
 * A witness's statement "I, holding key W, saw installation S (named by its key's fingerprint)
 * sign checkpoint N with head hash H at time T, and recorded it at time R": what a second
 * installation returns for each checkpoint it witnessed. Signed with the witness's own audit
 * signing key; the witnessed installation checks it with the witness's pinned public key.
 */
public final class Countersignature {

    private Countersignature() {
    }

    /** The exact bytes a witness signs. */
    public static byte[] content(String sourceFingerprint, AuditCheckpoint c, Instant witnessedAt) {
        return Ed25519.utf8("casebridge-audit-witness|v1|" + sourceFingerprint + "|" + c.getSequence() + "|"
                + c.getHeadHash() + "|" + AuditChain.truncate(c.getCreatedAt()) + "|" + c.getSignature() + "|"
                + AuditChain.truncate(witnessedAt));
    }

    public static String sign(PublicKey source, AuditCheckpoint c, Instant witnessedAt, PrivateKey witnessKey) {
        return Ed25519.sign(content(Ed25519.fingerprint(source), c, witnessedAt), witnessKey);
    }

    public static boolean verify(PublicKey source, AuditCheckpoint c, Instant witnessedAt, String countersignature,
            PublicKey witnessKey) {
        return c.getHeadHash() != null && c.getCreatedAt() != null && witnessedAt != null
                && Ed25519.verify(content(Ed25519.fingerprint(source), c, witnessedAt), countersignature, witnessKey);
    }
}
