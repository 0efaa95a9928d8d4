package org.casebridge.interfaces.casefile.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.account.AccountService;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
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
    static final int ROWS = 25;
    private static final String TABLE = "cases:table";

    @Inject
    CaseQueryService cases;

    @Inject
    AccountService accounts;

    @Inject
    AgencyService agencies;

    @Inject
    Messages messages;

    /** Holds the entities of one page; rebuilt if the view is restored on another cluster member. */
    private transient CasePages model;
    private final List<SelectItem> countryOptions = new ArrayList<>();
    private final CaseFilters filters = new CaseFilters();
    private Long myId;
    private boolean forbidden;

    @PostConstruct
    void init() {
        for (Country c : agencies.countries()) {
            countryOptions.add(new SelectItem(c.getCode().value(), c.getName()));
        }
    }

    /**
     * Reads the first page when the screen opens, so that a caller whose role has no cases gets the
     * "not allowed" answer (403, audited by the service) instead of a table that fails while rendering.
     */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        CasePages first = new CasePages(cases, filters.toQuery(myId), ROWS);
        try {
            first.count(Map.of());
            model = first;
        } catch (AccessDeniedException e) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    /** The table's rows; a view restored on another cluster member starts again from the first page. */
    public LazyDataModel<CaseRow> getCases() {
        if (model == null && !forbidden) {
            model = new CasePages(cases, filters.toQuery(myId), ROWS);
        }
        return model;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    /** Applies the filters from the first page on. */
    public void apply() {
        if (filters.rangeReversed()) {
            messages.error("cases:to", "cases.filter.range");
            return;
        }
        if (filters.isMine() && myId == null && !messages.attempt(() -> myId = accounts.me().getId(), Map.of())) {
            return;
        }
        model = new CasePages(cases, filters.toQuery(myId), ROWS);
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
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
        return at == null ? "" : CaseDetailsView.WHEN.format(at);
    }

    public CaseFilters getFilters() {
        return filters;
    }

    public List<SelectItem> getCountryOptions() {
        return countryOptions;
    }
}
