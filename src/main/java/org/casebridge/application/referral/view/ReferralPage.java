package org.casebridge.application.referral.view;

import java.io.Serializable;
import java.util.List;

/**
 * A page of referrals ({@link ReferralRow} for the sending side, {@link PartnerReferralRow} for a
 * partner's inbox), the total of the list, and the token that continues after it (null on the last page).
 */
public record ReferralPage<T>(List<T> items, long total, String next) implements Serializable {
}
