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
        LocalDate identifiedFrom, LocalDate identifiedTo, boolean overdueOnly, CaseSort sort, boolean ascending) {

    /** The longest quick search: the longest text it matches (an identification place). */
    public static final int QUICK_SEARCH_MAX = CaseFile.IDENTIFICATION_PLACE_MAX;
    /** The longest part of a case number searched for: a whole case number. */
    public static final int NUMBER_PART_MAX = 16;

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, null, null, null, null, false, CaseSort.IDENTIFIED, false);
    }

    public CaseQuery assignedTo(Long userId) {
        return new CaseQuery(quickSearch, numberPart, statuses, stage, riskAtLeast, exploitationType, countryCode, userId,
                identifiedFrom, identifiedTo, overdueOnly, sort, ascending);
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
