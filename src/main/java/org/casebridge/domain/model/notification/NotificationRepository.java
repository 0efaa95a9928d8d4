package org.casebridge.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Notifications; every list and count is of one recipient's own. */
public interface NotificationRepository {

    Notification add(Notification notification);

    Optional<Notification> find(long id);

    /** One page of {@code recipientId}'s notifications, newest first, continuing below {@code afterId} when given. */
    List<Notification> page(long recipientId, Long afterId, int size);

    long count(long recipientId);

    long countUnread(long recipientId);

    /** Marks every unread notification of {@code recipientId} read at {@code at}; returns how many. */
    int markAllRead(long recipientId, Instant at);
}
