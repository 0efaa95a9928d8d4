package org.casebridge.application.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.notification.NotificationAccess.NotificationGrant;
import org.casebridge.application.notification.view.NotificationPage;
import org.casebridge.application.notification.view.NotificationSettings;
import org.casebridge.application.notification.view.NotificationView;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.notification.Mailer;
import org.casebridge.domain.model.notification.Notification;
import org.casebridge.domain.model.notification.NotificationRepository;
import org.casebridge.domain.model.shared.UnitOfWork;

/**
 * A user's own notifications, for screens and REST alike: the list (newest first), the unread count of
 * the menu badge, marking one or all read, and the user's choice to receive e-mails. Every read of the
 * list and every change is audited; the badge's count is not (it is read on every page and shows nothing
 * but a number of one's own).
 */
@Stateless
@AuditedService
public class NotificationService {

    private static final String NOTIFICATION = NotificationAccess.NOTIFICATION;
    private static final String ACCOUNT = "user_account";

    @Inject
    NotificationAccess access;

    @Inject
    NotificationRepository notifications;

    @Inject
    Mailer mailer;

    @Inject
    AccountRepository accounts;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A page of the caller's notifications, newest first, continuing below {@code afterId} when given. */
    public NotificationPage list(Long afterId, int size) {
        UserAccount me = access.owner();
        List<Notification> items = notifications.page(me.getId(), afterId, size);
        long total = notifications.count(me.getId());
        long unread = notifications.countUnread(me.getId());
        String next = items.size() == size ? Long.toString(items.get(items.size() - 1).getId()) : null;
        audit.record(AuditEvent.list(AuditAction.LIST, NOTIFICATION, items.stream().map(Notification::getId).toList(), null));
        return new NotificationPage(items.stream().map(NotificationView::of).toList(), total, unread, next);
    }

    /** How many of the caller's notifications are unread (0 when not logged in): the menu badge. */
    @NotAudited("a count of one's own notifications, read on every page; shows no record")
    public long unreadCount() {
        return access.ownerIfAny().map(me -> notifications.countUnread(me.getId())).orElse(0L);
    }

    /** Marks one of the caller's notifications read; another user's is not found (audited DENIED). */
    public NotificationView markRead(long id) {
        NotificationGrant g = access.notificationFor(id);
        boolean changed = g.notification().markRead(clock.instant());
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, NOTIFICATION, id, g.country()).detail(changed ? "read" : "read already"));
        return NotificationView.of(g.notification());
    }

    /** Marks every unread notification of the caller read; returns how many. */
    public int markAllRead() {
        UserAccount me = access.owner();
        int count = notifications.markAllRead(me.getId(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, NOTIFICATION, null, me.countryCode()).detail("all read count=" + count));
        return count;
    }

    public NotificationSettings settings() {
        UserAccount me = access.owner();
        audit.record(AuditEvent.view(ACCOUNT, me.getId(), me.countryCode()).detail("notification settings"));
        return settingsOf(me);
    }

    /** The caller turns notification e-mails on or off for themselves. */
    public NotificationSettings chooseEmails(boolean wanted) {
        UserAccount me = accounts.find(access.owner().getId()).orElseThrow();
        me.chooseMailNotifications(wanted);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ACCOUNT, me.getId(), me.countryCode())
                .detail("self fields=mailNotifications"));
        return settingsOf(me);
    }

    private NotificationSettings settingsOf(UserAccount me) {
        return new NotificationSettings(me.isMailNotifications(), me.getEmail() != null, mailer.isEnabled());
    }
}
