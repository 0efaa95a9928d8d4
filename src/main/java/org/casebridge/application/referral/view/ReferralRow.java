package org.casebridge.application.referral.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.referral.Urgency;

/** One referral in the sending side's list. */
public record ReferralRow(long id, long caseId, long victimId, ReferralStatus status, Urgency urgency,
        Set<ServiceType> services, String sendingAgencyCode, String sendingCountry, String recipientAgencyCode,
        String recipientCountry, Instant sentAt, Instant responseDue, boolean overdue, boolean consentWithdrawn, long version)
        implements Serializable {

    public static ReferralRow of(Referral r, Instant now) {
        return new ReferralRow(r.getId(), r.getCaseId(), r.getVictimId(), r.getStatus(), r.getUrgency(), r.getServices(),
                r.getSendingAgencyCode(), r.getSendingCountry(), r.getRecipientAgencyCode(), r.getRecipientCountry(),
                r.getSentAt(), r.getResponseDue(), r.isOverdueAt(now), !r.isSummaryShared(), r.getVersion());
    }
}
