package org.casebridge.application.notification.view;

import java.io.Serializable;
import java.util.List;

/** A page of the caller's notifications, newest first, with the total, the unread count, and the token that continues after it (null on the last page). */
public record NotificationPage(List<NotificationView> items, long total, long unread, String next) implements Serializable {
}
