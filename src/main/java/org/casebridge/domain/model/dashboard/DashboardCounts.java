package org.casebridge.domain.model.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.RiskLevel;

/**
 * The counts behind the home pages, each one query that counts in the database within the caller's scope
 * (the same WHERE clause as the lists the figures link to), never loading a record to count it.
 */
public interface DashboardCounts {

    /** Cases matching {@code query} in {@code scope}, by stage. */
    Map<CaseStage, Long> casesByStage(CaseScope scope, CaseQuery query);

    /** Cases matching {@code query} in {@code scope}, by stage and risk level. */
    Map<CaseStage, Map<RiskLevel, Long>> casesByStageAndRisk(CaseScope scope, CaseQuery query);

    /** Cases in {@code scope} identified on or after {@code from}, by month of identification. */
    Map<YearMonth, Long> casesByMonth(CaseScope scope, LocalDate from);

    /**
     * Reads (VIEW, OK) of {@code recordType} by users of {@code country}, in {@code weeks} weeks counted back from
     * {@code now}; only users with at least one read in the last 7 days.
     */
    List<WeeklyReads> weeklyReads(String country, String recordType, Instant now, int weeks);

    long accounts();

    long enabledAccounts();

    long lockedAccounts(Instant now);

    long failedLogins(Instant since);
}
