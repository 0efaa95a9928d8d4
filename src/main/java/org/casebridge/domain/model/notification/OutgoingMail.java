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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One e-mail to send for one notification (the outbox). It holds the kind and the recipient's account
 * id, never the address (read from the account when sending, so a removed address or an opt-out made in
 * the meantime is respected) and never a text. Sending is tried once the notification's transaction has
 * committed and retried with a growing pause until it succeeds or the last attempt fails. A node sends
 * it only after claiming it in the database (see {@link MailOutbox#claim}), so it is sent once in a cluster.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public static final int ERROR_MAX = 200;

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private long notificationId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutgoingMail() {
    }

    public OutgoingMail(Notification n, Instant at) {
        this.notificationId = Objects.requireNonNull(n.getId(), "the notification is stored first");
        this.recipientId = n.getRecipientId();
        this.kind = n.getKind();
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    /** The attempt (already counted by the claim) succeeded. */
    public void sent(Instant at) {
        status = MailStatus.SENT;
        sentAt = at;
        claimedUntil = null;
        lastError = null;
    }

    /** Nothing to send any more (no address, e-mails turned off, account disabled): done without a mail. */
    public void dropped(String why, Instant at) {
        status = MailStatus.DROPPED;
        lastError = truncate(why);
        claimedUntil = null;
    }

    /**
     * The attempt failed with {@code errorClass} (the class of the SMTP error, never its message): tried
     * again after {@link #backoff}, or given up after {@code maxAttempts}.
     */
    public void failed(String errorClass, Instant at, Duration firstPause, int maxAttempts) {
        lastError = truncate(errorClass);
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = at.plus(backoff(attempts, firstPause));
        }
    }

    /** The pause after attempt {@code attempts} (1, 2, ...): {@code firstPause} doubled each time, at most an hour. */
    public static Duration backoff(int attempts, Duration firstPause) {
        Duration max = Duration.ofHours(1);
        Duration pause = firstPause.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return pause.compareTo(max) > 0 || pause.isNegative() ? max : pause;
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= ERROR_MAX ? s : s.substring(0, ERROR_MAX);
    }

    public Long getId() {
        return id;
    }

    public long getNotificationId() {
        return notificationId;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
