package org.casebridge.application.referral.view;

/** One referral as a caller sees it: the sender's {@link ReferralSheet} or the partner's {@link PartnerReferralView}. */
public sealed interface ReferralView permits ReferralSheet, PartnerReferralView {

    long id();

    /** The version to send back in If-Match. */
    long version();
}
