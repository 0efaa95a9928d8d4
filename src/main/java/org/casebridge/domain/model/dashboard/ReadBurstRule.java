package org.casebridge.domain.model.dashboard;

import java.util.Arrays;

/**
 * The supervisor's access-anomaly rule, simple enough to explain on screen: a user's reads of victim records
 * in the last 7 days are an anomaly when they are at least {@link #MIN_READS} and more than {@link #FACTOR}
 * times the median of the same user's weekly reads over the {@link #BASELINE_WEEKS} weeks before (a week
 * without reads counts as 0, so a user new to the records is measured against 0).
 */
public final class ReadBurstRule {

    public static final int FACTOR = 3;
    public static final int MIN_READS = 50;
    public static final int BASELINE_WEEKS = 8;

    private ReadBurstRule() {
    }

    /** The median of the weekly counts (the mean of the two middle ones for an even number of weeks). */
    public static double median(long[] weeks) {
        if (weeks.length == 0) {
            return 0;
        }
        long[] sorted = weeks.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /** Whether {@code recent} reads in the last 7 days stand out against the weekly {@code baseline}. */
    public static boolean flags(long recent, long[] baseline) {
        return recent >= MIN_READS && recent > FACTOR * median(baseline);
    }
}
