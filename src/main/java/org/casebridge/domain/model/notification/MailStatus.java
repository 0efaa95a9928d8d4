package org.casebridge.domain.model.notification;

/**
 * Where an e-mail of the outbox stands: waiting (first try or a retry), sent, given up after the last
 * attempt, or dropped without sending (the recipient had no address any more, turned e-mails off or was disabled).
 */
public enum MailStatus {
    PENDING, SENT, FAILED, DROPPED
}
