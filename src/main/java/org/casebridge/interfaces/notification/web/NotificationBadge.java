package org.casebridge.interfaces.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casebridge.application.notification.NotificationService;

/** The unread count shown beside "Notifications" in the menu; read at most once per request. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }
}
