package org.casebridge.interfaces.account.web;

import java.util.List;
import java.util.Map;
import org.casebridge.application.Page;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.application.account.AccountService;
import org.casebridge.domain.model.account.UserAccount;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The user table's data: one page at a time from {@link AccountService#list}, which pages and sorts
 * (by username) in SQL and audits what was shown. {@code count} fetches the first page with the total,
 * so that the first page is not read (and audited) twice. Rows are looked up by id through the
 * service, never taken from what the client sent.
 */
final class UserPages extends LazyDataModel<UserAccount> {

    private static final long serialVersionUID = 1L;

    private final AccountService accounts;
    private final String filter;
    private final int rows;
    private transient Page<UserAccount> prefetched;
    private long total = -1;

    UserPages(AccountService accounts, String filter, int rows) {
        this.accounts = accounts;
        this.filter = filter;
        this.rows = rows;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (total < 0) {
            prefetched = accounts.list(filter, 0, rows);
            total = prefetched.total();
        }
        return (int) total;
    }

    @Override
    public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        Page<UserAccount> page = prefetched != null && prefetched.first() == first && prefetched.size() == pageSize
                ? prefetched : accounts.list(filter, first, pageSize);
        prefetched = null;
        total = page.total();
        setRowCount((int) total);
        return page.items();
    }

    @Override
    public String getRowKey(UserAccount account) {
        return String.valueOf(account.getId());
    }

    @Override
    public UserAccount getRowData(String rowKey) {
        try {
            return accounts.get(Long.parseLong(rowKey));
        } catch (NumberFormatException | RecordNotFoundException e) {
            return null;
        }
    }
}
