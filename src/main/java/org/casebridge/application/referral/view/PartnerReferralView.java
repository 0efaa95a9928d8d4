package org.casebridge.application.referral.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.application.referral.ReferralRights;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.referral.Urgency;

/**
 * A referral as the partner it is addressed to sees it: the referral's own fields and the victim
 * summary the sender chose, frozen at sending; no case or victim id, no names of the sender's staff.
 * {@code summaryVersion} is 1 as sent and grows with each correction by the sender ({@code summaryCorrectedAt}).
 * Once the victim withdrew their consent the summary is gone and {@code consentWithdrawn} says why.
 */
public record PartnerReferralView(long id, ReferralStatus status, Urgency urgency, Set<ServiceType> services,
        String reason, String sendingAgencyCode, String sendingCountry, SummaryView summary, int summaryVersion,
        Instant summaryCorrectedAt, boolean consentWithdrawn,
        LocalDate consentWithdrawnOn, ConsentOverrideView consentOverride, Instant sentAt, Instant responseDue,
        boolean overdue, Instant answeredAt, String declineReason, String outcome, Set<ServiceType> servicesDelivered,
        LocalDate completedOn, Instant revokedAt, String revokeReason, ReferralRights allowed, long version)
        implements ReferralView, Serializable {

    public static PartnerReferralView of(Referral r, ReferralRights rights, Instant now) {
        return new PartnerReferralView(r.getId(), r.getStatus(), r.getUrgency(), r.getServices(), r.getReason(),
                r.getSendingAgencyCode(), r.getSendingCountry(), r.isSummaryShared() ? SummaryView.of(r.getSummary()) : null,
                r.getSummaryVersion(), r.getSummaryCorrectedAt(), !r.isSummaryShared(), r.getConsentWithdrawnOn(), ConsentOverrideView.of(r, false), r.getSentAt(),
                r.getResponseDue(), r.isOverdueAt(now), r.getAnsweredAt(), r.getDeclineReason(), r.getOutcome(),
                r.getServicesDelivered(), r.getCompletedOn(), r.getRevokedAt(), r.getRevokeReason(), rights, r.getVersion());
    }
}
