package org.casebridge.interfaces.casefile.rest;

import java.util.List;
import org.casebridge.application.casefile.CaseService;

/**
 * A page of a case list: the rows, the count of the whole filtered list, and the token of the next page
 * (absent on the last). The list is counted when a page is asked without a token; a page asked with
 * {@code after} repeats that count from the token instead of counting again, so cases opened or
 * closed while a client walks the list do not change its total (docs/performance.md).
 */
public record CasePageDto(List<CaseSummaryDto> items, long total, String next) {

    static CasePageDto of(CaseService.CasePage page) {
        return new CasePageDto(page.items().stream().map(CaseSummaryDto::of).toList(), page.total(), page.next());
    }
}
