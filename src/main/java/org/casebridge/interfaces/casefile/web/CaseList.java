package org.casebridge.interfaces.casefile.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.account.AccountService;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseSort;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.data.SortEvent;
import org.primefaces.event.data.PageEvent;
import org.primefaces.model.SortMeta;
import org.primefaces.model.LazyDataModel;

/**
 * The case list: the cases the caller may see (their agency's and team's, or their country's for a
 * supervisor), filtered, sorted and paged in SQL. "My cases" narrows it to those assigned to the caller.
 * Overdue and high-risk cases are highlighted.
 */
@Named
@ViewScoped
public class CaseList implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean offerBackground;

    @Inject
    UserLocale userLocale;

    static final int ROWS = 25;
    private static final String TABLE = "cases:table";

    @Inject
    CaseQueryService cases;

    @Inject
    AccountService accounts;

    @Inject
    Messages messages;

    /** Holds the entities of one page; rebuilt if the view is restored on another cluster member. */
    private transient CasePages model;
    private final List<SelectItem> countryOptions = new ArrayList<>();
    private final CaseFilters filters = new CaseFilters();
    /** The list's view parameters as they came in the address; read once, when the screen opens. */
    private final Map<String, String> params = new HashMap<>();
    private Long myId;
    private boolean forbidden;
    /** The address parameters left out because not valid, named for the user; empty when all were valid. */
    private String leftOut = "";
    private int first;
    private String sortField;
    private boolean ascending;

    /**
     * When the screen opens: takes the filters, sort and page from the address (a value that is not valid
     * is left out and named), then reads the first page, so that a caller whose role has no cases gets the
     * "not allowed" answer (403, audited by the service) instead of a table that fails while rendering.
     */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            Set<String> countries = new HashSet<>();
            for (Country c : cases.countries()) {
                countryOptions.add(new SelectItem(c.getCode().value(), c.getName()));
                countries.add(c.getCode().value());
            }
            List<String> wrong = new ArrayList<>(filters.read(params, countries));
            if (filters.rangeReversed()) {
                wrong.add("to");
                filters.setTo(null);
            }
            readOrder(wrong);
            if (filters.isMine() && !messages.attempt(() -> myId = accounts.me().getId(), Map.of())) {
                filters.setMine(false);
            }
            leftOut = String.join(", ", wrong);
            CasePages pages = new CasePages(cases, filters.toQuery(myId), ROWS);
            int total = pages.count(Map.of());
            if (first >= total) {
                first = 0;
            }
            model = pages;
        } catch (AccessDeniedException e) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    private void readOrder(List<String> wrong) {
        String sort = params.get("sort");
        if (sort != null && !sort.isBlank()) {
            if (CasePages.SORTS.containsKey(sort)) {
                sortField = sort;
                ascending = "true".equals(params.get("asc"));
            } else {
                wrong.add("sort");
            }
        }
        String page = params.get("page");
        if (page != null && !page.isBlank()) {
            if (page.matches("[1-9]\\d{0,5}")) {
                first = (Integer.parseInt(page) - 1) * ROWS;
            } else {
                wrong.add("page");
            }
        }
    }

    /** The table's rows; a view restored on another cluster member starts again from the first page. */
    public LazyDataModel<CaseRow> getCases() {
        if (model == null && !forbidden) {
            model = new CasePages(cases, filters.toQuery(myId), ROWS);
        }
        return model;
    }

    public String getLeftOut() {
        return leftOut;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    /** Applies the filters from the first page on. */
    public void apply() {
        offerBackground = false;
        if (filters.rangeReversed()) {
            messages.error("cases:to", "cases.filter.range");
            return;
        }
        if (filters.isMine() && myId == null && !messages.attempt(() -> myId = accounts.me().getId(), Map.of())) {
            return;
        }
        model = new CasePages(cases, filters.toQuery(myId), ROWS);
        first = 0;
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /**
     * The list as shown: the filters last applied (not what is typed in the filter fields since) and the
     * table's sort; what "Download as Excel" downloads.
     */
    /** After a download refused for its length: offer the list as a background export instead. */
    void offerBackground() {
        this.offerBackground = true;
    }

    public boolean isOfferBackground() {
        return offerBackground;
    }

    public CaseQuery shownQuery() {
        CaseQuery q = model != null ? model.query() : filters.toQuery(myId);
        CaseSort sort = sortField == null ? null : CasePages.SORTS.get(sortField);
        return sort == null ? q : q.sortedBy(sort, ascending);
    }

    /** Another page was shown: remembered in the address. */
    public void paged(PageEvent event) {
        first = event.getPage() * ROWS;
    }

    /** Another sort was chosen (the table starts again at its first page): remembered in the address. */
    public void sorted(SortEvent event) {
        first = 0;
        sortField = null;
        for (SortMeta meta : event.getSortBy().values()) {
            if (meta.getOrder() != null && !meta.getOrder().isUnsorted() && CasePages.SORTS.containsKey(meta.getField())) {
                sortField = meta.getField();
                ascending = meta.getOrder().isAscending();
            }
        }
    }

    /**
     * The list as it is shown (filters, sort, page) as the query string of its address, e.g.
     * {@code ?number=00002&sort=number&asc=true&page=2}; empty for the list as it opens. The page puts it
     * in the browser's address (history.replaceState), so that Back and the case's "back to list" link
     * return to the same list.
     */
    public String getAddress() {
        Map<String, String> a = filters.address();
        if (sortField != null) {
            a.put("sort", sortField);
            a.put("asc", Boolean.toString(ascending));
        }
        if (first > 0) {
            a.put("page", Integer.toString(first / ROWS + 1));
        }
        StringBuilder b = new StringBuilder();
        a.forEach((k, v) -> b.append(b.isEmpty() ? '?' : '&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    /** The filters and sort applied now, by address parameter: what "Save this search" keeps (issue 13). */
    public Map<String, String> savableFilters() {
        Map<String, String> a = filters.address();
        if (sortField != null) {
            a.put("sort", sortField);
            a.put("asc", Boolean.toString(ascending));
        }
        return a;
    }

    /** The order of a column in the table as the address asked for it: asc, desc or unsorted. */
    public String order(String field) {
        return field.equals(sortField) ? (ascending ? "asc" : "desc") : "unsorted";
    }

    public int getFirst() {
        return first;
    }

    public Map<String, String> getParams() {
        return params;
    }

    /** A row chosen with the mouse or keyboard opens the case (which checks access again). */
    public void open(SelectEvent<CaseRow> event) {
        CaseRow c = event.getObject();
        if (c != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                    "/cases/details?faces-redirect=true&id=" + c.id());
        }
    }

    /** Row classes: overdue for review, high or critical risk. */
    public String rowClass(CaseRow c) {
        List<String> classes = new ArrayList<>();
        if (c.overdue()) {
            classes.add("case-overdue");
        }
        if (c.riskLevel() == RiskLevel.HIGH || c.riskLevel() == RiskLevel.CRITICAL) {
            classes.add("case-high-risk");
        }
        return String.join(" ", classes);
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    public CaseFilters getFilters() {
        return filters;
    }

    public List<SelectItem> getCountryOptions() {
        return countryOptions;
    }
}
