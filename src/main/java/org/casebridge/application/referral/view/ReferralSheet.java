package org.casebridge.application.referral.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.application.referral.ReferralRights;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.referral.SummaryField;
import org.casebridge.domain.model.referral.Urgency;

/** A referral as the sending side sees it (caseworkers of the case, supervisors of the sending country). */
public record ReferralSheet(long id, long caseId, long victimId, ReferralStatus status, Urgency urgency,
        Set<ServiceType> services, String reason, String author, String sendingAgencyCode, String sendingCountry,
        long recipientAgencyId, String recipientAgencyCode, String recipientCountry, Set<SummaryField> shared,
        SummaryView summary, int summaryVersion, String summaryCorrectedBy, Instant summaryCorrectedAt, String sentBy,
        Instant sentAt, Instant responseDue, boolean overdue, String answeredBy, Instant answeredAt, String declineReason, String outcome, Set<ServiceType> servicesDelivered, LocalDate completedOn,
        String revokedBy, Instant revokedAt, String revokeReason, ConsentOverrideView consentOverride,
        LocalDate consentWithdrawnOn, ReferralRights allowed, long version) implements ReferralView, Serializable {

    public static ReferralSheet of(Referral r, ReferralRights rights, Instant now) {
        return new ReferralSheet(r.getId(), r.getCaseId(), r.getVictimId(), r.getStatus(), r.getUrgency(), r.getServices(),
                r.getReason(), r.getAuthor(), r.getSendingAgencyCode(), r.getSendingCountry(), r.getRecipientAgencyId(),
                r.getRecipientAgencyCode(), r.getRecipientCountry(), r.getSummary().getFields(), SummaryView.of(r.getSummary()),
                r.getSummaryVersion(), r.getSummaryCorrectedBy(), r.getSummaryCorrectedAt(), r.getSentBy(), r.getSentAt(),
                r.getResponseDue(), r.isOverdueAt(now), r.getAnsweredBy(), r.getAnsweredAt(),
                r.getDeclineReason(), r.getOutcome(), r.getServicesDelivered(), r.getCompletedOn(), r.getRevokedBy(),
                r.getRevokedAt(), r.getRevokeReason(), ConsentOverrideView.of(r, true), r.getConsentWithdrawnOn(), rights,
                r.getVersion());
    }
}
