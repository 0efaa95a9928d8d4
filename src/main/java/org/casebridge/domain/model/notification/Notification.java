package org.casebridge.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a user is told: of what kind, about which record (type and id, the link target), when, and
 * whether they have read it. Addressed to one user; a message for an agency or a country's supervisors
 * is fanned out to one notification per user when it is created. Holds no personal data: no name,
 * alias, case number, service or text typed by a user; the text is built from the kind when shown.
 * Never deleted; only its recipient reads it or marks it read.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "country", length = 2, updatable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private NotificationKind kind;

    @Column(name = "record_type", nullable = false, length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Notification() {
    }

    /** A new, unread notification of {@code kind} about record {@code recordId} for user {@code recipientId} of {@code country}. */
    public Notification(long recipientId, String country, NotificationKind kind, long recordId, Instant at) {
        this.recipientId = recipientId;
        this.country = country;
        this.kind = Objects.requireNonNull(kind);
        this.recordType = kind.recordType();
        this.recordId = recordId;
        this.createdAt = Objects.requireNonNull(at);
    }

    /** Marks it read at {@code at}; reading it again keeps the first time. Returns whether it changed. */
    public boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    public boolean isAddressedTo(long userId) {
        return recipientId == userId;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public String getCountry() {
        return country;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public long getVersion() {
        return version;
    }
}
