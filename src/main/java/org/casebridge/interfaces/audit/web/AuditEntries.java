package org.casebridge.interfaces.audit.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casebridge.application.Page;
import org.casebridge.domain.model.audit.AuditEntry;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Audit entries for a lazy table: each page, with its sort, is read by one call of an audited
 * service method, so paging and sorting happen in SQL and each page shown is one entry on the trail.
 * The total comes with the page (the table asks for the count first and is given the last known one,
 * then corrected), so that counting is not a second audited read.
 */
public class AuditEntries extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    /** Reads one page: first row, page size, sort field (null for newest first) and direction. */
    @FunctionalInterface
    public interface Source extends Serializable {
        Page<AuditEntry> page(int first, int size, String sortField, boolean ascending);
    }

    private final Source source;
    private Page<AuditEntry> preloaded;
    private int total = Integer.MAX_VALUE;

    public AuditEntries(Source source) {
        this.source = source;
    }

    /** Starts with a page already read (e.g. by a view action that had to validate its parameters). */
    public AuditEntries(Source source, Page<AuditEntry> firstPage) {
        this(source);
        this.preloaded = firstPage;
        this.total = (int) Math.min(Integer.MAX_VALUE, firstPage.total());
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return total;
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        Page<AuditEntry> page;
        if (preloaded != null && sort == null && first == preloaded.first() && pageSize == preloaded.size()) {
            page = preloaded;
        } else {
            page = source.page(first, pageSize, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }
        preloaded = null;
        total = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(total);
        return page.items();
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return Long.toString(entry.getSequence());
    }

    @Override
    public AuditEntry getRowData(String rowKey) {
        List<AuditEntry> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(e -> getRowKey(e).equals(rowKey)).findFirst().orElse(null);
    }
}
