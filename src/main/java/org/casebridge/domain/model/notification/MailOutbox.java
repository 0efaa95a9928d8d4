package org.casebridge.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The e-mail outbox: mails waiting to be sent, claimed by one node at a time. */
public interface MailOutbox {

    OutgoingMail add(OutgoingMail mail);

    Optional<OutgoingMail> find(long id);

    /** Ids of PENDING mails whose next attempt is due at {@code now} and that no node holds a claim on, oldest first. */
    List<Long> due(Instant now, int limit);

    /**
     * Claims mail {@code id} for {@code node} until {@code until} and counts the attempt, in one
     * conditional update: true for exactly one caller when several nodes try at once; false when it is
     * not due, not pending, or claimed by another node whose claim has not expired.
     */
    boolean claim(long id, String node, Instant now, Instant until);
}
