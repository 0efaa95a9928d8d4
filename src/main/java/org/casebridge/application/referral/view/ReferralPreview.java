package org.casebridge.application.referral.view;

import java.io.Serializable;

/**
 * What a referral being written would send, before it is sent: the victim summary exactly as the
 * partner would get it (the same {@link SummaryView} a {@link PartnerReferralView} carries, taken from
 * the victim by the same rule that freezes it at sending) and whether the victim's consent allows
 * sending to the chosen partner today.
 */
public record ReferralPreview(SummaryView summary, ConsentCheck consent) implements Serializable {
}
