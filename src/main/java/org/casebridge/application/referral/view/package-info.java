/**
 * Read models of the referral context, the same for screens and REST: the sender's side
 * (ReferralSheet, ReferralRow, with case and victim ids) and the partner's (PartnerReferralView,
 * PartnerReferralRow: referral fields and the frozen summary, nothing of the case). Never entities.
 */
package org.casebridge.application.referral.view;
