package org.casebridge.domain.model.casefile;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a case list asks for: filters (all optional), a sort and a page. {@code after} continues a
 * list from the last row of the previous page (keyset paging, so that page 1000 costs what page 1
 * costs); without it {@code first} is an offset. {@code numberPart} matches any part of a case number
 * ({@code 00002}, {@code 2026-000}); wildcard characters in it are literal.
 */
public record CaseQuery(String quickSearch, String numberPart, Set<CaseStatus> statuses, CaseStage stage,
        RiskLevel riskAtLeast, ExploitationType exploitationType, String countryCode, Long assignedToId,
        LocalDate identifiedFrom, LocalDate identifiedTo, boolean overdueOnly, CaseSort sort, boolean ascending,
        Work work) {

    /**
     * The home page's work filters (issue 13), each the list behind one figure: an exact risk level (the
     * {@code riskAtLeast} filter includes the levels above), an open case's review due within the next 7 days
     * (today included), an open case with a support-plan item not finished and ending within 7 days or
     * already past its end, a closure waiting for approval. All optional.
     */
    public record Work(RiskLevel riskExactly, boolean reviewDueSoon, boolean planDue, boolean closurePending) {

        /** Days ahead counted as "due soon" (this week). */
        public static final int SOON_DAYS = 7;

        public static final Work NONE = new Work(null, false, false, false);

        public boolean isNone() {
            return riskExactly == null && !reviewDueSoon && !planDue && !closurePending;
        }
    }

    public CaseQuery(String quickSearch, String numberPart, Set<CaseStatus> statuses, CaseStage stage,
            RiskLevel riskAtLeast, ExploitationType exploitationType, String countryCode, Long assignedToId,
            LocalDate identifiedFrom, LocalDate identifiedTo, boolean overdueOnly, CaseSort sort, boolean ascending) {
        this(quickSearch, numberPart, statuses, stage, riskAtLeast, exploitationType, countryCode, assignedToId,
                identifiedFrom, identifiedTo, overdueOnly, sort, ascending, Work.NONE);
    }

    public CaseQuery {
        work = work == null ? Work.NONE : work;
    }

    /** The same filters in another order. */
    public CaseQuery sorted(CaseSort by, boolean asc) {
        return new CaseQuery(quickSearch, numberPart, statuses, stage, riskAtLeast, exploitationType, countryCode,
                assignedToId, identifiedFrom, identifiedTo, overdueOnly, by, asc, work);
    }

    /** The longest quick search: the longest text it matches (an identification place). */
    public static final int QUICK_SEARCH_MAX = CaseFile.IDENTIFICATION_PLACE_MAX;
    /** The longest part of a case number searched for: a whole case number. */
    public static final int NUMBER_PART_MAX = 16;

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, null, null, null, null, false, CaseSort.IDENTIFIED, false);
    }

    public CaseQuery assignedTo(Long userId) {
        return new CaseQuery(quickSearch, numberPart, statuses, stage, riskAtLeast, exploitationType, countryCode, userId,
                identifiedFrom, identifiedTo, overdueOnly, sort, ascending, work);
    }

    /** The same filters in another order. */
    public CaseQuery sortedBy(CaseSort newSort, boolean newAscending) {
        return new CaseQuery(quickSearch, numberPart, statuses, stage, riskAtLeast, exploitationType, countryCode,
                assignedToId, identifiedFrom, identifiedTo, overdueOnly, newSort, newAscending);
    }

    public CaseSort sortOrDefault() {
        return sort == null ? CaseSort.IDENTIFIED : sort;
    }
}
