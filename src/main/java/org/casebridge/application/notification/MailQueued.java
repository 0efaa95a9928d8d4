package org.casebridge.application.notification;

import java.util.List;

/** E-mails were put in the outbox by a transaction; observed after that transaction commits, to send them at once. */
public record MailQueued(List<Long> outboxIds) {
}
