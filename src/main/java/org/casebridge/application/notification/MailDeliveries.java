package org.casebridge.application.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.domain.model.notification.MailOutbox;
import org.casebridge.domain.model.notification.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's bookkeeping, each step in its own short transaction so that the SMTP conversation
 * ({@link MailSender}) holds no database transaction or lock: claim a mail and read what to send,
 * then record it sent, dropped or failed (with the pause before the next attempt).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDeliveries {

    /** How long a node's claim on a mail holds; longer than any SMTP conversation, after which another node may retry it. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    /** One mail to send now: the outbox id, the recipient's account id (for logs), and the address when there is one to send to. */
    public record MailJob(long id, long recipientId, int attempt, String to, String subject, String body) {
    }

    @Inject
    MailOutbox outbox;

    @Inject
    AccountRepository accounts;

    @Inject
    MailText text;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "casebridge.node-name", defaultValue = "casebridge")
    String node;

    @Inject
    @ConfigProperty(name = "casebridge.mail.retry-seconds", defaultValue = "60")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "casebridge.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    public List<Long> due() {
        return outbox.due(clock.instant(), 100);
    }

    /** The mail, if this node's claim on it succeeded; empty when another node holds it or it is not due. */
    public Optional<MailJob> claim(long id) {
        Instant now = clock.instant();
        if (!outbox.claim(id, node, now, now.plus(CLAIM))) {
            return Optional.empty();
        }
        OutgoingMail m = outbox.find(id).orElseThrow();
        Optional<UserAccount> recipient = accounts.find(m.getRecipientId()).filter(UserAccount::wantsMail);
        String to = recipient.map(UserAccount::getEmail).orElse(null);
        java.util.Locale language = Languages.locale(recipient.map(UserAccount::getLanguage).orElse(null));
        return Optional.of(new MailJob(id, m.getRecipientId(), m.getAttempts(), to, text.subject(m.getKind(), language),
                text.body(m.getKind(), language)));
    }

    public void sent(long id) {
        outbox.find(id).ifPresent(m -> m.sent(clock.instant()));
    }

    /** The recipient has no address any more, turned e-mails off, or was disabled since: nothing is sent. */
    public void dropped(long id) {
        outbox.find(id).ifPresent(m -> m.dropped("no address or e-mails off", clock.instant()));
    }

    /** Returns whether the mail will be tried again. */
    public boolean failed(long id, String errorClass) {
        return outbox.find(id).map(m -> {
            m.failed(errorClass, clock.instant(), Duration.ofSeconds(retrySeconds), maxAttempts);
            return m.getStatus() == org.casebridge.domain.model.notification.MailStatus.PENDING;
        }).orElse(false);
    }
}
