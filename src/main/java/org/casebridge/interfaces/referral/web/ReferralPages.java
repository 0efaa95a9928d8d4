package org.casebridge.interfaces.referral.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.casebridge.application.referral.ReferralQueryService;
import org.casebridge.application.referral.view.ReferralPage;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A referral table's data, one page at a time from {@link ReferralQueryService#list}, which scopes,
 * filters and pages in SQL, newest first. Pages are reached one step at a time (the tables offer
 * first, previous and next), each continuing after the last row of the one before it (the
 * {@code next} token), so a deep page costs what the first costs. A selected row is taken from the
 * page shown, never from what the client sent.
 *
 * @param <T> {@code ReferralRow} for the sending side, {@code PartnerReferralRow} for a partner's inbox
 */
final class ReferralPages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient ReferralQueryService referrals;
    private final ReferralQuery query;
    private final int rows;
    private final transient ToLongFunction<T> idOf;
    /** Token to pass as {@code after} for the page starting at a row. */
    private final Map<Integer, String> after = new HashMap<>();
    private transient ReferralPage<T> prefetched;
    private transient List<T> shown = List.of();
    private long total = -1;

    ReferralPages(ReferralQueryService referrals, ReferralQuery query, int rows, ToLongFunction<T> idOf) {
        this.referrals = referrals;
        this.query = query;
        this.rows = rows;
        this.idOf = idOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total < 0) {
            prefetched = page(null);
            total = prefetched.total();
        }
        return (int) total;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ReferralPage<T> page;
        if (first == 0 && prefetched != null && pageSize == rows) {
            page = prefetched;
        } else {
            String token = first == 0 ? null : after.get(first);
            // A page not reached step by step (or after a fail-over) starts again from the first.
            page = first != 0 && token == null ? page(null) : page(token);
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

    @SuppressWarnings("unchecked")
    private ReferralPage<T> page(String token) {
        return (ReferralPage<T>) referrals.list(query, token == null ? null : Long.valueOf(token), rows);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf.applyAsLong(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return shown == null ? null : shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
