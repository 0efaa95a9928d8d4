package org.casebridge.application.notification;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.notification.Mailer;
import org.casebridge.domain.model.notification.Mailer.MailFailure;

/**
 * Sends the outbox's mails outside any transaction: at once after the transaction that queued them
 * commits ({@link #sendAsync}, on a container thread, so the user's request never waits for SMTP), and
 * on every sweep for those that are due again ({@link #sendDue}). A failure is logged with the outbox
 * id, the recipient's account id and the class of the SMTP error only: never the address or the text.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    MailDeliveries deliveries;

    @Inject
    Mailer mailer;

    @Asynchronous
    public void sendAsync(List<Long> outboxIds) {
        outboxIds.forEach(this::attempt);
    }

    /** Sends every mail that is due (first attempts the after-commit send missed, and retries). */
    public void sendDue() {
        if (mailer.isEnabled()) {
            deliveries.due().forEach(this::attempt);
        }
    }

    private void attempt(long id) {
        Optional<MailDeliveries.MailJob> claimed;
        try {
            claimed = deliveries.claim(id);
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "E-mail {0} not claimed: {1}", new Object[] {id, rootClass(e)});
            return;
        }
        if (claimed.isEmpty()) {
            return;
        }
        MailDeliveries.MailJob job = claimed.get();
        if (job.to() == null) {
            deliveries.dropped(id);
            return;
        }
        try {
            mailer.send(job.to(), job.subject(), job.body());
            deliveries.sent(id);
            LOG.log(Level.FINE, "E-mail {0} sent to user {1}", new Object[] {id, job.recipientId()});
        } catch (MailFailure f) {
            boolean again = deliveries.failed(id, f.getMessage());
            LOG.log(Level.WARNING, "E-mail {0} to user {1} not sent (attempt {2}{3}): {4}",
                    new Object[] {id, job.recipientId(), job.attempt(), again ? ", will retry" : ", giving up", f.getMessage()});
        }
    }

    private static String rootClass(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getName();
    }
}
