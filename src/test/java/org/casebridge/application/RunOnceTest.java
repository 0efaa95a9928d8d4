package org.casebridge.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunOnceTest {

    @Test
    void aLeaseEndsBeforeTheNextFiringByATenthOfThePeriodAtMostFiveSeconds() {
        assertEquals(Duration.ofMillis(1800), RunOnce.lease(Duration.ofSeconds(2)));
        assertEquals(Duration.ofSeconds(55), RunOnce.lease(Duration.ofMinutes(1)));
        assertEquals(Duration.ofSeconds(295), RunOnce.lease(Duration.ofMinutes(5)));
        assertEquals(Duration.ofSeconds(45), RunOnce.lease(Duration.ofSeconds(50)));
    }
}
