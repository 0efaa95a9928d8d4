package org.casebridge.interfaces.referral.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.referral.ReferralQueryService;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.LazyDataModel;

/**
 * The referral list: for a partner, the inbox of the referrals addressed to its agency; for the
 * sending side, the referrals of the cases a caseworker may read and, for a supervisor, every referral
 * sent from their country. Which of the two the caller gets is the referral service's answer. Newest
 * first, paged in SQL, filtered by status and "overdue only" (SENT past the response-due time, which
 * the sending side sees highlighted).
 */
@Named
@ViewScoped
public class ReferralList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    static final int ROWS = 25;
    private static final String TABLE = "referrals:table";

    @Inject
    ReferralQueryService referrals;

    @Inject
    ReferralSelection selection;

    private transient ReferralPages<?> model;
    private boolean inbox;
    private boolean forbidden;
    private boolean offerBackground;
    private ReferralStatus status;
    private boolean overdueOnly;
    /** The filters of the table shown (set when it is made), for its download. */
    private ReferralStatus shownStatus;
    private boolean shownOverdueOnly;
    /** The filters as they came in the address (a home page figure's link); an unknown value is ignored. */
    private String statusParam;
    private String overdueParam;

    /** Reads the first page when the screen opens, so that a role without referrals gets "not allowed" (403, audited). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            inbox = referrals.listsInbox();
            status = getStatuses().stream().filter(st -> st.name().equals(statusParam)).findFirst().orElse(null);
            overdueOnly = "true".equals(overdueParam);
            ReferralPages<?> first = pages();
            first.count(Map.of());
            model = first;
        } catch (AccessDeniedException e) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    private ReferralPages<?> pages() {
        shownStatus = status;
        shownOverdueOnly = overdueOnly;
        ReferralQuery query = new ReferralQuery(status == null ? Set.of() : Set.of(status), overdueOnly, null, null);
        return inbox ? new ReferralPages<PartnerReferralRow>(referrals, query, ROWS, PartnerReferralRow::id)
                : new ReferralPages<ReferralRow>(referrals, query, ROWS, ReferralRow::id);
    }

    public LazyDataModel<?> getReferrals() {
        if (model == null && !forbidden) {
            model = pages();
        }
        return model;
    }

    /** After a download refused for its length: offer the list as a background export instead. */
    void offerBackground() {
        this.offerBackground = true;
    }

    public boolean isOfferBackground() {
        return offerBackground;
    }

    /** The list as shown (the filters last applied): what "Download as Excel" downloads. */
    public ReferralQuery shownQuery() {
        return new ReferralQuery(shownStatus == null ? Set.of() : Set.of(shownStatus), shownOverdueOnly, null, null);
    }

    /** Applies the filters from the first page on. */
    public void apply() {
        offerBackground = false;
        model = pages();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** A row chosen with the mouse or the keyboard opens the referral. */
    public void open(SelectEvent<Object> event) {
        Object row = event.getObject();
        Long id = row instanceof PartnerReferralRow p ? Long.valueOf(p.id())
                : row instanceof ReferralRow r ? Long.valueOf(r.id()) : null;
        selection.open(id, TABLE);
    }

    /** Row class: overdue (SENT past its response-due time). */
    public String rowClass(Object row) {
        boolean overdue = row instanceof PartnerReferralRow p ? p.overdue() : row instanceof ReferralRow r && r.overdue();
        return overdue ? "referral-overdue" : "";
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    public List<ReferralStatus> getStatuses() {
        return inbox ? List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED,
                ReferralStatus.COMPLETED, ReferralStatus.REVOKED) : List.of(ReferralStatus.values());
    }

    public boolean isInbox() {
        return inbox;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getStatusParam() {
        return statusParam;
    }

    public void setStatusParam(String statusParam) {
        this.statusParam = statusParam;
    }

    public String getOverdueParam() {
        return overdueParam;
    }

    public void setOverdueParam(String overdueParam) {
        this.overdueParam = overdueParam;
    }
}
