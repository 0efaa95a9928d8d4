package org.casebridge.domain.model.cooperation;

import java.time.Duration;

/**
 * How long the requested country has to acknowledge and to answer a request of one type and
 * priority (from configuration); the answer time counts from sending, and again from each follow-up.
 */
public record ResponseTimes(Duration acknowledgeWithin, Duration answerWithin) {

    public ResponseTimes {
        if (acknowledgeWithin == null || answerWithin == null || acknowledgeWithin.isNegative() || acknowledgeWithin.isZero()
                || answerWithin.compareTo(acknowledgeWithin) < 0) {
            throw new IllegalArgumentException("response times must be positive, the answer no sooner than the acknowledgement: "
                    + acknowledgeWithin + ", " + answerWithin);
        }
    }
}
