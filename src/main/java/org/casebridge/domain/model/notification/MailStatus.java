package org.casebridge.domain.model.notification;

/** Where an e-mail of the outbox stands: waiting (first try or a retry), sent, or given up after the last attempt. */
public enum MailStatus {
    PENDING, SENT, FAILED
}
