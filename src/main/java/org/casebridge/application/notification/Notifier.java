package org.casebridge.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.notification.MailOutbox;
import org.casebridge.domain.model.notification.Mailer;
import org.casebridge.domain.model.notification.Notification;
import org.casebridge.domain.model.notification.NotificationKind;
import org.casebridge.domain.model.notification.NotificationRepository;
import org.casebridge.domain.model.notification.OutgoingMail;

/**
 * What a context calls to tell users something, inside the transaction of the change it tells of (so a
 * rolled-back change leaves no notification and queues no mail). A message to an agency or to a
 * country's holders of a role is fanned out to one notification per enabled user at this moment; the
 * user who caused the change is not told of it. When a mail server is configured, each notification of
 * a user who has an address and wants e-mails also puts a mail in the outbox, which is sent after the
 * commit ({@link MailQueued}) and retried by {@link NotificationSweep}.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    NotificationRepository notifications;

    @Inject
    MailOutbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** Tells {@code to} (unless disabled or {@code except}) of {@code kind} about record {@code recordId}; returns how many were told. */
    public int toUser(UserAccount to, NotificationKind kind, long recordId, UserAccount except) {
        return toUsers(to == null ? List.of() : List.of(to), kind, recordId, except);
    }

    /** Tells the enabled holders of {@code role} in agency {@code agencyId}, but not {@code except}. */
    public int toAgency(Role role, long agencyId, NotificationKind kind, long recordId, UserAccount except) {
        return toUsers(accounts.enabledWithRoleInAgency(role, agencyId), kind, recordId, except);
    }

    /** Tells the enabled holders of {@code role} in the agencies of country {@code countryCode} (a country's supervisors), but not {@code except}. */
    public int toCountry(Role role, String countryCode, NotificationKind kind, long recordId, UserAccount except) {
        return toUsers(accounts.enabledWithRoleInCountry(role, countryCode), kind, recordId, except);
    }

    private int toUsers(Collection<UserAccount> users, NotificationKind kind, long recordId, UserAccount except) {
        Instant now = clock.instant();
        List<Long> mails = new ArrayList<>();
        int told = 0;
        for (UserAccount u : users) {
            if (!u.isEnabled() || (except != null && u.getId().equals(except.getId()))) {
                continue;
            }
            Notification n = notifications.add(new Notification(u.getId(), u.countryCode(), kind, recordId, now));
            told++;
            if (mailer.isEnabled() && u.wantsMail()) {
                mails.add(outbox.add(new OutgoingMail(n, now)).getId());
            }
        }
        if (!mails.isEmpty()) {
            queued.fire(new MailQueued(List.copyOf(mails)));
        }
        return told;
    }
}
