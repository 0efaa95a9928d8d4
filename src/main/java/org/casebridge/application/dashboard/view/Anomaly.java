package org.casebridge.application.dashboard.view;

/**
 * A user of the supervisor's country whose reads of victim records in the last 7 days stand out (see
 * {@code ReadBurstRule}): the reads of those 7 days, the median of their weekly reads over the 8 weeks
 * before, and the audit log of that user's reads behind it.
 */
public record Anomaly(String username, double weeklyMedian, Figure recentReads) implements java.io.Serializable {
}
