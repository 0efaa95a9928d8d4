package org.casebridge.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.notification.Notification;
import org.casebridge.domain.model.notification.NotificationRepository;

/**
 * The access policy for notifications; the only place their rule is written: a notification is its
 * recipient's, and no one else's, whatever their role (an administrator or a supervisor included).
 * Another user's notification is answered exactly like a missing one (404), audited DENIED with its id
 * and the recipient's country. Lists are always of the caller's own.
 */
@ApplicationScoped
public class NotificationAccess {

    public static final String NOTIFICATION = "notification";

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Inject
    NotificationRepository notifications;

    /** The caller, whose own notifications they may list and change; 403 when not logged in. */
    public UserAccount owner() {
        return access.requireAnyRole(NOTIFICATION, Role.values());
    }

    /** The caller, if logged in (the menu badge asks without refusing). */
    public Optional<UserAccount> ownerIfAny() {
        return caller.account();
    }

    /** Notification {@code id} if it is the caller's; refused and audited otherwise. */
    public NotificationGrant notificationFor(long id) {
        Optional<Notification> found = notifications.find(id);
        String country = found.map(Notification::getCountry).orElse(null);
        UserAccount user = caller.account().orElseThrow(() -> access.forbidden(NOTIFICATION, id, country, Role.values()));
        Notification n = found.orElseThrow(() -> access.missing(NOTIFICATION, id));
        if (!n.isAddressedTo(user.getId())) {
            throw access.notVisible(NOTIFICATION, id, country, "addressed to another user");
        }
        return new NotificationGrant(user, n);
    }

    /** The caller and one of their own notifications. */
    public record NotificationGrant(UserAccount user, Notification notification) {

        public long id() {
            return notification.getId();
        }

        public String country() {
            return notification.getCountry();
        }
    }
}
