package org.casebridge.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row holding the chain's last sequence number and hash. Appending locks it, so
 * concurrent writers take turns: the chain never forks and never skips a number.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final long ID = 1L;

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void advance(long sequence, String hash) {
        if (sequence != lastSequence + 1) {
            throw new IllegalStateException("audit sequence must advance by one");
        }
        this.lastSequence = sequence;
        this.lastHash = hash;
    }
}
