package org.casebridge.domain.model.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The HTCDS case status (cas_Status) and the moves allowed between statuses: an open case goes back
 * and forth between ACTIVE and FOLLOW_UP and is closed (possibly after a supervisor's approval);
 * only a supervisor reopens a closed case, to ACTIVE.
 */
public enum CaseStatus {
    ACTIVE("Active"),
    FOLLOW_UP("FollowUp"),
    CLOSED("Closed"),
    CLOSED_REFERRED("ClosedReferred");

    private final String htcdsValue;

    CaseStatus(String htcdsValue) {
        this.htcdsValue = htcdsValue;
    }

    /** The value name used in HTCDS exports. */
    public String htcdsValue() {
        return htcdsValue;
    }

    public boolean isClosed() {
        return this == CLOSED || this == CLOSED_REFERRED;
    }

    public Set<CaseStatus> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(FOLLOW_UP, CLOSED, CLOSED_REFERRED);
            case FOLLOW_UP -> EnumSet.of(ACTIVE, CLOSED, CLOSED_REFERRED);
            case CLOSED, CLOSED_REFERRED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canBecome(CaseStatus target) {
        return next().contains(target);
    }
}
