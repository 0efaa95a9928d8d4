package org.casebridge.domain.model.notification;

/**
 * What a notification tells, and the type of record it is about. The text shown and mailed is built
 * from the kind when it is displayed (resource bundles), never stored: so a notification holds no
 * personal data. A new context adds its kinds here (cooperation requests: {@code COOPERATION_*}).
 */
public enum NotificationKind {
    /** To the partner agency's users: a referral was sent to their agency. */
    REFERRAL_RECEIVED(RecordTypes.REFERRAL),
    /** To the sender: the partner accepted. */
    REFERRAL_ACCEPTED(RecordTypes.REFERRAL),
    /** To the sender: the partner declined. */
    REFERRAL_DECLINED(RecordTypes.REFERRAL),
    /** To the sender: the partner reported the referral completed. */
    REFERRAL_COMPLETED(RecordTypes.REFERRAL),
    /** To the sender and the partner agency's users (not to whoever revoked it). */
    REFERRAL_REVOKED(RecordTypes.REFERRAL),
    /** To the sender, once: the partner has not answered by the response-due time. */
    REFERRAL_OVERDUE(RecordTypes.REFERRAL),
    /** To the partner agency's users: the victim withdrew consent, the summary is no longer shown. */
    REFERRAL_CONSENT_WITHDRAWN(RecordTypes.REFERRAL),
    /** To the partner agency: the sender corrected the victim summary (a new version). */
    REFERRAL_SUMMARY_CORRECTED(RecordTypes.REFERRAL),
    /** To the requested country's focal points: a cooperation request was sent to their country. */
    COOPERATION_RECEIVED(RecordTypes.COOPERATION_REQUEST),
    /** To the requesting country's focal points: the other country acknowledged a request. */
    COOPERATION_ACKNOWLEDGED(RecordTypes.COOPERATION_REQUEST),
    /** To the requesting country's focal points: the other country answered a request. */
    COOPERATION_ANSWERED(RecordTypes.COOPERATION_REQUEST),
    /** To the requesting country's focal points: the other country refused a request. */
    COOPERATION_REFUSED(RecordTypes.COOPERATION_REQUEST),
    /** To the requested country's focal points: the requester withdrew a request. */
    COOPERATION_WITHDRAWN(RecordTypes.COOPERATION_REQUEST),
    /** To the requested country's focal points: the requester asked a follow-up question after the answer. */
    COOPERATION_FOLLOW_UP(RecordTypes.COOPERATION_REQUEST),
    /** To the other country's focal points: a new message in a request's thread. */
    COOPERATION_MESSAGE(RecordTypes.COOPERATION_REQUEST),
    /** To the requested country's supervisors, once: a request was not acknowledged by its acknowledge-by time. */
    COOPERATION_ACKNOWLEDGEMENT_OVERDUE(RecordTypes.COOPERATION_REQUEST),
    /** To the requested country's supervisors, once per answer-by time: a request was not answered in time. */
    COOPERATION_ANSWER_OVERDUE(RecordTypes.COOPERATION_REQUEST),
    /** To the user: an administrator removed their second factor (they set up a new one at their next login, or may). */
    SECOND_FACTOR_RESET(RecordTypes.USER_ACCOUNT);

    private final String recordType;

    NotificationKind(String recordType) {
        this.recordType = recordType;
    }

    /** The record type (as on the audit trail) a notification of this kind points to. */
    public String recordType() {
        return recordType;
    }

    /** Record types notifications point to. */
    public static final class RecordTypes {
        public static final String REFERRAL = "referral";
        public static final String COOPERATION_REQUEST = "cooperation_request";
        public static final String USER_ACCOUNT = "user_account";

        private RecordTypes() {
        }
    }
}
