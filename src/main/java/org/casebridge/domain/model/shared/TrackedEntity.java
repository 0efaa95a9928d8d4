package org.casebridge.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Record metadata every stored record carries: who created and last changed it and when, and the
 * version used for optimistic locking, so that concurrent edits never silently overwrite each other.
 */
@MappedSuperclass
@EntityListeners(RecordMetadataListener.class)
public abstract class TrackedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    void markCreated(String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
    }

    void markChanged(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
