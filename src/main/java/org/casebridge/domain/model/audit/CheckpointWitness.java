package org.casebridge.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Another installation (the {@code witness}, as configured here with its pinned key) countersigned
 * one of this installation's checkpoints: the checkpoint is then held by another organisation too.
 */
@Entity
@Table(name = "audit_checkpoint_witness")
@IdClass(InstallationSequence.class)
public class CheckpointWitness {

    @Id
    @Column(name = "seq")
    private long sequence;

    @Id
    @Column(name = "witness", length = 40)
    private String installation;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(name = "witnessed_at", nullable = false)
    private Instant witnessedAt;

    @Column(name = "countersignature", nullable = false, length = 200)
    private String countersignature;

    protected CheckpointWitness() {
    }

    public CheckpointWitness(long sequence, String witness, String headHash, Instant witnessedAt, String countersignature) {
        this.sequence = sequence;
        this.installation = witness;
        this.headHash = headHash;
        this.witnessedAt = AuditChain.truncate(witnessedAt);
        this.countersignature = countersignature;
    }

    public long getSequence() {
        return sequence;
    }

    public String getWitness() {
        return installation;
    }

    public String getHeadHash() {
        return headHash;
    }

    public Instant getWitnessedAt() {
        return witnessedAt;
    }

    public String getCountersignature() {
        return countersignature;
    }
}
