package org.casebridge.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;

/**
 * A signed statement "the chain had reached sequence N with head hash H at time T". Exported and
 * kept off the server, it lets a verifier detect that the tail of the chain was cut off.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "signature", nullable = false, length = 200)
    private String signature;

    protected AuditCheckpoint() {
    }

    public AuditCheckpoint(long sequence, String headHash, Instant createdAt, String signature) {
        this.sequence = sequence;
        this.headHash = headHash;
        this.createdAt = AuditChain.truncate(createdAt);
        this.signature = signature;
    }

    /** The exact bytes signed with Ed25519. */
    public static byte[] signedContent(long sequence, String headHash, Instant createdAt) {
        return ("casebridge-audit-checkpoint|v1|" + sequence + "|" + headHash + "|" + AuditChain.truncate(createdAt))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Signs "the chain had reached {@code sequence} with {@code headHash} at {@code at}" with Ed25519. */
    public static AuditCheckpoint sign(long sequence, String headHash, Instant at, PrivateKey key) {
        Instant createdAt = AuditChain.truncate(at);
        return new AuditCheckpoint(sequence, headHash, createdAt,
                Ed25519.sign(signedContent(sequence, headHash, createdAt), key));
    }

    /** Whether the signature is Ed25519 by {@code key} over this checkpoint's content; false for any malformed value. */
    public boolean signedBy(PublicKey key) {
        if (headHash == null || createdAt == null) {
            return false;
        }
        return Ed25519.verify(signedContent(sequence, headHash, createdAt), signature, key);
    }

    public long getSequence() {
        return sequence;
    }

    public String getHeadHash() {
        return headHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSignature() {
        return signature;
    }
}
