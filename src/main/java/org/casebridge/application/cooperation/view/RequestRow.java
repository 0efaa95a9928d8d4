package org.casebridge.application.cooperation.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.Deadline;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.RequestType;

/** One request in a list, with its direction as seen from the caller's country. */
public record RequestRow(long id, String reference, Direction direction, RequestStatus status, RequestType type,
        Priority priority, String requestingCountry, String requestedCountry, Instant sentAt, Instant acknowledgeBy,
        Instant answerBy, Set<Deadline> overdue, long version) implements Serializable {

    public static RequestRow of(CooperationRequest r, String callerCountry, Instant now) {
        return new RequestRow(r.getId(), r.getReference(),
                r.getRequestingCountry().equals(callerCountry) ? Direction.OUTGOING : Direction.INCOMING, r.getStatus(),
                r.getType(), r.getPriority(), r.getRequestingCountry(), r.getRequestedCountry(), r.getSentAt(),
                r.getAcknowledgeBy(), r.getAnswerBy(), r.overdueAt(now), r.getVersion());
    }
}
