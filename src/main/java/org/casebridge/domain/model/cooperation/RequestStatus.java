package org.casebridge.domain.model.cooperation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a cooperation request stands: {@code DRAFT -> SENT -> ACKNOWLEDGED -> ANSWERED -> CLOSED};
 * {@code SENT | ACKNOWLEDGED -> REFUSED} (by the requested country, with a reason) or
 * {@code -> WITHDRAWN} (by the requester); after an answer the requester closes it or asks a
 * follow-up, which brings it back to {@code ACKNOWLEDGED}. CLOSED, REFUSED and WITHDRAWN are final.
 */
public enum RequestStatus {
    DRAFT,
    SENT,
    ACKNOWLEDGED,
    ANSWERED,
    CLOSED,
    REFUSED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(ACKNOWLEDGED, REFUSED, WITHDRAWN);
            case ACKNOWLEDGED -> EnumSet.of(ANSWERED, REFUSED, WITHDRAWN);
            case ANSWERED -> EnumSet.of(CLOSED, ACKNOWLEDGED);
            case CLOSED, REFUSED, WITHDRAWN -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Sent and not yet final: the requested country has something to do, or the requester does. */
    public boolean isOpen() {
        return this == SENT || this == ACKNOWLEDGED || this == ANSWERED;
    }
}
