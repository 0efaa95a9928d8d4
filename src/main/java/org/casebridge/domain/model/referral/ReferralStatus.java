package org.casebridge.domain.model.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: {@code DRAFT -> SENT -> ACCEPTED | DECLINED}, {@code ACCEPTED -> COMPLETED},
 * {@code SENT | ACCEPTED -> REVOKED}. DECLINED, COMPLETED and REVOKED are final.
 */
public enum ReferralStatus {
    DRAFT,
    SENT,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    REVOKED;

    /** The statuses this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, REVOKED);
            case ACCEPTED -> EnumSet.of(COMPLETED, REVOKED);
            case DECLINED, COMPLETED, REVOKED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }

    /** Sent and waiting for or being served by the partner: what a consent withdrawal reaches. */
    public boolean isOpen() {
        return this == SENT || this == ACCEPTED;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
