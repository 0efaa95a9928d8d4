package org.casebridge.interfaces.casefile.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.view.CasePage;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The case table's data, one page at a time from {@link CaseQueryService#list}, which filters, sorts and
 * pages in SQL within the caller's scope. Moving to the next page continues after the last row of the
 * page shown (the {@code next} token), so that deep pages cost what the first one costs; an offset is
 * used only for a page reached otherwise. A selected row is taken from the page shown, never from
 * what the client sent; the details screen checks access again.
 */
final class CasePages extends LazyDataModel<CaseRow> {

    private static final long serialVersionUID = 1L;

    /** Sortable columns: the field of the column's sortBy expression and the list order it stands for. */
    static final Map<String, CaseSort> SORTS = Map.of("number", CaseSort.NUMBER, "identificationDate",
            CaseSort.IDENTIFIED, "riskLevel", CaseSort.RISK, "changedAt", CaseSort.CHANGED);

    private final CaseQueryService cases;
    private final CaseQuery query;
    private final int rows;
    /** Token to pass as {@code after} for the page starting at a row, for the sort it was made in. */
    private final Map<Integer, String> after = new HashMap<>();
    private String tokensFor;
    private transient CasePage prefetched;
    private transient List<CaseRow> shown = List.of();
    private long total = -1;

    CasePages(CaseQueryService cases, CaseQuery query, int rows) {
        this.cases = cases;
        this.query = query;
        this.rows = rows;
    }

    /** The filters the table was made with (its sort is the table's, see {@link CaseList#shownQuery}). */
    CaseQuery query() {
        return query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total < 0) {
            prefetched = cases.list(query, null, 0, rows);
            total = prefetched.total();
        }
        return (int) total;
    }

    @Override
    public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        CaseQuery sorted = sorted(sortBy);
        String sortKey = sorted.sortOrDefault() + "/" + sorted.ascending() + "/" + pageSize;
        if (!Objects.equals(sortKey, tokensFor)) {
            after.clear();
            tokensFor = sortKey;
        }
        CasePage page;
        if (first == 0 && prefetched != null && sorted.equals(query) && pageSize == rows) {
            page = prefetched;
        } else {
            page = cases.list(sorted, first == 0 ? null : after.get(first), first, pageSize);
        }
        prefetched = null;
        if (page.next() != null) {
            after.put(first + pageSize, page.next());
        }
        total = page.total();
        setRowCount((int) total);
        shown = page.items();
        return shown;
    }

    private CaseQuery sorted(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return query;
        }
        SortMeta meta = sortBy.values().iterator().next();
        CaseSort sort = SORTS.get(meta.getField());
        if (sort == null) {
            return query;
        }
        return query.sorted(sort, meta.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    public String getRowKey(CaseRow c) {
        return String.valueOf(c.id());
    }

    @Override
    public CaseRow getRowData(String rowKey) {
        return shown == null ? null : shown.stream().filter(c -> String.valueOf(c.id()).equals(rowKey))
                .findFirst().orElse(null);
    }
}
