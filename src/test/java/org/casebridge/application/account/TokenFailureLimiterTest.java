package org.casebridge.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenFailureLimiterTest {

    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");

    private static TokenFailureLimiter limiter() {
        TokenFailureLimiter l = new TokenFailureLimiter();
        l.maxFailures = 3;
        l.windowSeconds = 60;
        return l;
    }

    @Test
    void anAddressIsRefusedAfterTheLimitUntilItsWindowEnds() {
        TokenFailureLimiter l = limiter();
        assertFalse(l.failed("10.0.0.1", T0));
        assertFalse(l.failed("10.0.0.1", T0.plusSeconds(1)));
        assertEquals(0, l.blockedFor("10.0.0.1", T0.plusSeconds(2)));
        assertTrue(l.failed("10.0.0.1", T0.plusSeconds(2)), "the third failure reaches the limit");
        assertEquals(59, l.blockedFor("10.0.0.1", T0.plusSeconds(2)));
        assertEquals(1, l.blockedFor("10.0.0.1", T0.plusSeconds(59).plusMillis(500)));
        assertEquals(0, l.blockedFor("10.0.0.1", T0.plusSeconds(60)), "a new window");
        assertEquals(0, l.blockedFor("10.0.0.2", T0.plusSeconds(2)), "other addresses are not affected");
    }

    @Test
    void failuresOfAnEndedWindowAreForgotten() {
        TokenFailureLimiter l = limiter();
        l.failed("10.0.0.1", T0);
        l.failed("10.0.0.1", T0.plusSeconds(1));
        assertFalse(l.failed("10.0.0.1", T0.plusSeconds(61)), "counting starts again");
        assertEquals(0, l.blockedFor("10.0.0.1", T0.plusSeconds(62)));
    }
}
