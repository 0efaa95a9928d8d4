package org.casebridge.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A witness's copy of one checkpoint of another installation (the {@code source}, as the witness
 * configured it), whose signature held with the source's pinned key when it was fetched, and the
 * witness's countersignature over it. Never changed: a later listing that contradicts it is an alarm.
 */
@Entity
@Table(name = "audit_witnessed_checkpoint")
@IdClass(InstallationSequence.class)
public class WitnessedCheckpoint {

    @Id
    @Column(name = "source", length = 40)
    private String installation;

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "signature", nullable = false, length = 200)
    private String signature;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(name = "countersignature", nullable = false, length = 200)
    private String countersignature;

    protected WitnessedCheckpoint() {
    }

    public WitnessedCheckpoint(String source, AuditCheckpoint c, Instant fetchedAt, String countersignature) {
        this.installation = source;
        this.sequence = c.getSequence();
        this.headHash = c.getHeadHash();
        this.createdAt = AuditChain.truncate(c.getCreatedAt());
        this.signature = c.getSignature();
        this.fetchedAt = AuditChain.truncate(fetchedAt);
        this.countersignature = countersignature;
    }

    /** The source's checkpoint as the witness holds it. */
    public AuditCheckpoint checkpoint() {
        return new AuditCheckpoint(sequence, headHash, createdAt, signature);
    }

    /** Whether {@code listed} says the same as this copy (same sequence, same head hash). */
    public boolean agreesWith(AuditCheckpoint listed) {
        return listed.getSequence() == sequence && headHash.equals(listed.getHeadHash());
    }

    public String getSource() {
        return installation;
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

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public String getCountersignature() {
        return countersignature;
    }
}
