package org.casebridge.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** The witnessed installation acknowledged the countersignature of one of its checkpoints (witness side). */
@Entity
@Table(name = "audit_witness_delivery")
@IdClass(InstallationSequence.class)
public class WitnessDelivery {

    @Id
    @Column(name = "source", length = 40)
    private String installation;

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "delivered_at", nullable = false)
    private Instant deliveredAt;

    protected WitnessDelivery() {
    }

    public WitnessDelivery(String source, long sequence, Instant deliveredAt) {
        this.installation = source;
        this.sequence = sequence;
        this.deliveredAt = AuditChain.truncate(deliveredAt);
    }

    public long getSequence() {
        return sequence;
    }
}
