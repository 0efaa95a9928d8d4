package org.casebridge.application.referral;

/** What a caller wants to do with a referral. */
public enum ReferralAction {
    /** Read the referral (the sender's side, or the partner's view). */
    READ,
    /** Send a draft (whoever works on the case). */
    SEND,
    /** Accept, decline or complete (the partner the referral is addressed to). */
    ANSWER,
    /** Revoke (the sending agency's caseworkers who may read the case, or a supervisor of the sending country). */
    REVOKE,
    /** Record a consent override with its legal basis (a supervisor of the sending country). */
    OVERRIDE_CONSENT
}
