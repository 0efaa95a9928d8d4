package org.casebridge.application.cooperation.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebridge.application.cooperation.CooperationRights;
import org.casebridge.domain.model.cooperation.CooperationAttachment;
import org.casebridge.domain.model.cooperation.CooperationMessage;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.Deadline;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.RequestType;

/**
 * A cooperation request as one side sees it, with its extract and thread. The requesting side's case
 * id is only in the requesting side's sheet ({@code caseId} null for the requested side); the
 * requested side's own linked case only in theirs ({@code linkedCaseId} null for the requester).
 */
public record RequestSheet(long id, String reference, RequestStatus status, RequestType type, Priority priority,
        String requestingCountry, String requestedCountry, Long caseId, String author, String legalBasis, String purpose,
        ExtractView extract, String sharingBasis, String sharingBasisBy, String sentBy, Instant sentAt, Instant acknowledgeBy,
        Instant answerBy, Set<Deadline> overdue, String acknowledgedBy, Instant acknowledgedAt, String answeredBy,
        Instant answeredAt, int followUps, String endedBy, Instant endedAt, String endReason, Long linkedCaseId,
        List<MessageView> messages, CooperationRights allowed, long version) implements Serializable {

    public static RequestSheet of(CooperationRequest r, CooperationRights rights, List<CooperationMessage> messages,
            List<CooperationAttachment> attachments, Instant now) {
        boolean requested = rights.requestedSide();
        Map<Long, List<AttachmentView>> byMessage = attachments.stream().map(AttachmentView::of)
                .collect(Collectors.groupingBy(AttachmentView::messageId));
        return new RequestSheet(r.getId(), r.getReference(), r.getStatus(), r.getType(), r.getPriority(),
                r.getRequestingCountry(), r.getRequestedCountry(), requested ? null : r.getCaseId(), r.getAuthor(),
                r.getLegalBasis(), r.getPurpose(), ExtractView.of(r.getExtract()), r.getSharingBasis(), r.getSharingBasisBy(),
                r.getSentBy(), r.getSentAt(), r.getAcknowledgeBy(), r.getAnswerBy(), r.overdueAt(now), r.getAcknowledgedBy(),
                r.getAcknowledgedAt(), r.getAnsweredBy(), r.getAnsweredAt(), r.getFollowUps(), r.getEndedBy(), r.getEndedAt(),
                r.getEndReason(), requested ? r.getLinkedCaseId() : null,
                messages.stream().map(m -> MessageView.of(m, byMessage.getOrDefault(m.getId(), List.of()))).toList(),
                rights, r.getVersion());
    }
}
