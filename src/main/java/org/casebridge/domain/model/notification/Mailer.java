package org.casebridge.domain.model.notification;

/** The way out to an SMTP server (Jakarta Mail in production). */
public interface Mailer {

    /** Whether a mail server is configured; without one, no e-mail is queued. */
    boolean isEnabled();

    /** Sends one plain-text mail; throws {@link MailFailure} when the server refuses or cannot be reached. */
    void send(String to, String subject, String body);

    /** Sending failed; the message is the class of the error only (never the address or the server's text). */
    class MailFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public MailFailure(String errorClass) {
            super(errorClass);
        }
    }
}
