package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.util.List;

/**
 * A page of a case list: the rows, the count of the whole filtered list, and the token of the next
 * page (null on the last). The list is counted when a page is asked without a token; a page asked
 * with {@code after} repeats that count from the token instead of counting again, so cases opened or
 * closed while a client walks the list do not change its total (docs/performance.md).
 */
public record CasePage(List<CaseRow> items, long total, String next) implements Serializable {
}
