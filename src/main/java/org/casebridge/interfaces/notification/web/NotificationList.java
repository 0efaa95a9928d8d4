package org.casebridge.interfaces.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebridge.application.notification.NotificationService;
import org.casebridge.application.notification.view.NotificationPage;
import org.casebridge.application.notification.view.NotificationSettings;
import org.casebridge.application.notification.view.NotificationView;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The notifications page: the caller's notifications, newest first (a page at a time, "show older"
 * for more), each with its text from the kind and a link to the record; mark one or all read; and the
 * caller's choice to get them by e-mail too.
 */
@Named
@ViewScoped
public class NotificationList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    static final int PAGE = 25;
    /** As the case screens show times. */

    /** Where a record type's page is; the record's id is its {@code id} parameter. */
    private static final Map<String, String> RECORD_PAGES = Map.of("referral", "/referrals/details.xhtml",
            "cooperation_request", "/cooperation/details.xhtml");

    @Inject
    NotificationService notifications;

    @Inject
    Messages messages;

    private final List<NotificationView> items = new ArrayList<>();
    private long total;
    private long unread;
    private String next;
    private NotificationSettings settings;
    private boolean emails;

    public void load() {
        items.clear();
        next = null;
        messages.attempt(() -> {
            show(notifications.list(null, PAGE));
            settings = notifications.settings();
            emails = settings.emails();
        }, Map.of());
    }

    public void more() {
        if (next != null) {
            messages.attempt(() -> show(notifications.list(Long.valueOf(next), PAGE)), Map.of());
        }
    }

    public void markRead(long id) {
        if (messages.attempt(() -> {
            NotificationView read = notifications.markRead(id);
            items.replaceAll(n -> n.id() == id ? read : n);
        }, Map.of())) {
            recount();
        }
    }

    public void markAllRead() {
        if (messages.attempt(notifications::markAllRead, Map.of())) {
            messages.info("notification.markedAllRead");
            load();
        }
    }

    public void saveEmails() {
        if (messages.attempt(() -> settings = notifications.chooseEmails(emails), Map.of("emails", "settings:emails"))) {
            messages.info("notification.settings.saved");
        }
    }

    private void show(NotificationPage page) {
        items.addAll(page.items());
        total = page.total();
        unread = page.unread();
        next = page.next();
    }

    private void recount() {
        messages.attempt(() -> unread = notifications.unreadCount(), Map.of());
    }

    public String when(java.time.Instant at) {
        return userLocale.time(at);
    }

    /** The link to the record a notification is about, or null when its type has no page. */
    public String recordLink(NotificationView n) {
        String page = RECORD_PAGES.get(n.recordType());
        return page == null ? null : page + "?id=" + n.recordId();
    }

    public List<NotificationView> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public long getUnread() {
        return unread;
    }

    public boolean isMore() {
        return next != null;
    }

    public NotificationSettings getSettings() {
        return settings;
    }

    public boolean isEmails() {
        return emails;
    }

    public void setEmails(boolean emails) {
        this.emails = emails;
    }
}
