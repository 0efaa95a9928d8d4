package org.casebridge.application.referral.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.referral.Urgency;

/** One referral in a partner's inbox: no case or victim id, no summary (that is in the details, which are audited). */
public record PartnerReferralRow(long id, ReferralStatus status, Urgency urgency, Set<ServiceType> services,
        String sendingAgencyCode, String sendingCountry, Instant sentAt, Instant responseDue, boolean overdue,
        boolean consentWithdrawn, long version) implements Serializable {

    public static PartnerReferralRow of(Referral r, Instant now) {
        return new PartnerReferralRow(r.getId(), r.getStatus(), r.getUrgency(), r.getServices(), r.getSendingAgencyCode(),
                r.getSendingCountry(), r.getSentAt(), r.getResponseDue(), r.isOverdueAt(now), !r.isSummaryShared(),
                r.getVersion());
    }
}
