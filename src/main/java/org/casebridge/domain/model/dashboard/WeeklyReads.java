package org.casebridge.domain.model.dashboard;

/**
 * One user's reads of one record type, by week counted back from now: {@code weeks[0]} the last 7 days,
 * {@code weeks[1]} the 7 days before, and so on.
 */
public record WeeklyReads(String username, long[] weeks) {

    public long recent() {
        return weeks[0];
    }

    /** The weeks before the last 7 days. */
    public long[] baseline() {
        long[] b = new long[weeks.length - 1];
        System.arraycopy(weeks, 1, b, 0, b.length);
        return b;
    }
}
