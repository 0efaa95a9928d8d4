package org.casebridge.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts sending queued e-mails once the transaction that queued them has committed (never when it rolled back). */
@ApplicationScoped
public class MailKick {

    @Inject
    MailSender sender;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sender.sendAsync(queued.outboxIds());
    }
}
