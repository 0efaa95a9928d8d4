package org.casebridge.application.dashboard.view;

import java.util.List;

/**
 * A supervisor's country: open cases by stage and risk, cases identified per month (the last 24 months),
 * closures waiting for approval, overdue reviews, referrals and cooperation requests waiting or overdue, and
 * the users whose reads of victim records stand out ({@link AnomalyRule}).
 */
public record SupervisorHome(String country, List<StageRisk> openByStageAndRisk, List<Figure> openByRisk,
        List<MonthCount> newCasesPerMonth, List<Figure> work, List<Figure> cooperation, AnomalyRule anomalyRule,
        List<Anomaly> anomalies) implements java.io.Serializable {
}
