package org.casebridge.application.notification.view;

import java.io.Serializable;
import java.time.Instant;
import org.casebridge.domain.model.notification.Notification;

/**
 * One notification as its recipient sees it: the kind (screens and clients build the text from it),
 * the record it points to, when it came and when it was read. No text, no personal data.
 */
public record NotificationView(long id, String kind, String recordType, long recordId, Instant createdAt, Instant readAt,
        boolean read) implements Serializable {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind().name(), n.getRecordType(), n.getRecordId(), n.getCreatedAt(),
                n.getReadAt(), n.isRead());
    }
}
