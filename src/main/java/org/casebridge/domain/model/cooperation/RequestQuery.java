package org.casebridge.domain.model.cooperation;

import java.util.Set;

/**
 * What a request list asks for; every filter optional. {@code direction}: outgoing (sent by the
 * caller's country) or incoming (sent to it); {@code counterpart}: the other country;
 * {@code overdueOnly}: past the acknowledge-by or answer-by time.
 */
public record RequestQuery(Direction direction, Set<RequestStatus> statuses, String counterpart, Set<RequestType> types,
        boolean overdueOnly, Long caseId) {

    public enum Direction { OUTGOING, INCOMING }

    public static RequestQuery all() {
        return new RequestQuery(null, Set.of(), null, Set.of(), false, null);
    }
}
