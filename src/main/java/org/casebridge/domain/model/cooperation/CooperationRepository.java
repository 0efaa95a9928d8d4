package org.casebridge.domain.model.cooperation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.agency.CountryCode;

/** Cooperation requests, their messages and attachments, with the caller's scope in every list and count. */
public interface CooperationRepository {

    Optional<CooperationRequest> find(long id);

    CooperationRequest add(CooperationRequest request);

    /** The next reference of {@code country} for {@code year}, never handed out again. */
    RequestReference nextReference(CountryCode country, int year);

    /** One page of the requests in {@code scope} matching {@code query}, newest first, continuing below {@code afterId}. */
    List<CooperationRequest> search(RequestScope scope, RequestQuery query, Long afterId, int size, Instant now);

    long count(RequestScope scope, RequestQuery query, Instant now);

    /**
     * The requests of {@code direction} in {@code scope} that are SENT or ACKNOWLEDGED, and the overdue ones among
     * them (as {@link RequestQuery#overdueOnly()}), in one grouped query: the home pages' figures.
     */
    WaitingCounts waiting(RequestScope scope, RequestQuery.Direction direction, Instant now);

    CooperationMessage add(CooperationMessage message);

    /** The request's thread, oldest first. */
    List<CooperationMessage> messages(long requestId);

    CooperationAttachment add(CooperationAttachment attachment, byte[] content);

    /** The request's attachments, by message. */
    List<CooperationAttachment> attachments(long requestId);

    Optional<CooperationAttachment> attachment(long id);

    byte[] content(CooperationAttachment attachment);

    /** Ids of requests with a deadline passed at {@code now} and not yet escalated, oldest first. */
    List<Long> escalationDue(Instant now, int limit);

    /**
     * Marks {@code deadline} of request {@code id} as escalated at {@code now}, in one conditional update
     * (without changing the request's version, so that nobody's open edit is disturbed): true for exactly
     * one caller (one node, once), false when the deadline is no longer passed or was escalated already.
     */
    boolean claimEscalation(long id, Deadline deadline, Instant now);

    /** Sent requests of {@code country} (either side) in {@code [from, to)}, for the timing figures. */
    List<CooperationRequest> sentBetween(String country, Instant from, Instant to);
}
