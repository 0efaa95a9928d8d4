package org.casebridge.domain.model.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReadBurstRuleTest {

    private static long[] weeks(long each) {
        long[] w = new long[ReadBurstRule.BASELINE_WEEKS];
        Arrays.fill(w, each);
        return w;
    }

    @Test
    void aBurstAboveThreeTimesTheUsualWeekIsFlagged() {
        assertTrue(ReadBurstRule.flags(60, weeks(10)));
    }

    @Test
    void aSteadyHeavyReaderIsNotFlagged() {
        assertFalse(ReadBurstRule.flags(400, weeks(400)));
        assertFalse(ReadBurstRule.flags(1185, new long[] {400, 380, 420, 0, 0, 400, 410, 390}), "3x the median (395) is not more than 3x");
    }

    @Test
    void exactlyThreeTimesTheMedianIsNotAnAnomaly() {
        assertFalse(ReadBurstRule.flags(60, weeks(20)));
        assertTrue(ReadBurstRule.flags(61, weeks(20)));
    }

    @Test
    void fewerThanFiftyReadsAreNeverAnAnomaly() {
        assertFalse(ReadBurstRule.flags(49, weeks(0)));
        assertTrue(ReadBurstRule.flags(50, weeks(0)), "a user new to the records is measured against 0");
    }

    @Test
    void oneBusyWeekInTheBaselineDoesNotRaiseTheUsualLevel() {
        long[] baseline = {0, 0, 0, 0, 0, 0, 0, 500};
        assertEquals(0, ReadBurstRule.median(baseline));
        assertTrue(ReadBurstRule.flags(60, baseline));
    }

    @Test
    void theMedianOfAnEvenNumberOfWeeksIsTheMeanOfTheMiddleTwo() {
        assertEquals(15.0, ReadBurstRule.median(new long[] {10, 20, 5, 30, 12, 18, 40, 1}));
    }

    @Test
    void weeklyReadsSplitTheLastSevenDaysFromTheBaseline() {
        WeeklyReads r = new WeeklyReads("u", new long[] {7, 1, 2, 3, 4, 5, 6, 7, 8});
        assertEquals(7, r.recent());
        assertEquals(8, r.baseline().length);
        assertEquals(1, r.baseline()[0]);
    }
}
