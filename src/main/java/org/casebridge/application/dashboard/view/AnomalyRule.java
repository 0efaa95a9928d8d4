package org.casebridge.application.dashboard.view;

/** The access-anomaly rule's numbers, shown with it so that the screen and API clients can explain it. */
public record AnomalyRule(String recordType, int factor, int minReads, int baselineWeeks) implements java.io.Serializable {
}
