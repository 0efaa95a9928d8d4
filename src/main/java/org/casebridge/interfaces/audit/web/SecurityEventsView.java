package org.casebridge.interfaces.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.casebridge.application.audit.SecurityEventService;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.component.datatable.DataTable;

/**
 * The administrators' security screen: refusals and failed logins that no supervisor sees, newest
 * first, in a lazy table paged in SQL, filtered by user, outcome and date range.
 */
@Named
@ViewScoped
public class SecurityEventsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = "security:table";

    @Inject
    SecurityEventService events;

    @Inject
    Messages messages;

    /** Times are shown, and filter days read, in the reader's time zone. */
    @Inject
    UserLocale userLocale;

    private String username;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter applied = filter();
    /** Transient: the table's model keeps the audit entries it loaded (entities); built again on another cluster member. */
    private transient AuditEntries entries;

    @PostConstruct
    void init() {
        entries = table();
    }

    private AuditEntries table() {
        return new AuditEntries((first, size, sort, ascending) -> events.securityEvents(applied, first, size));
    }

    /** Applies the filters from the first page on. */
    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            messages.error("security:to", "audit.filter.range");
            return;
        }
        applied = filter();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    private AuditFilter filter() {
        return AuditFilter.securityEvents(username == null || username.isBlank() ? null : username.trim(), outcome,
                start(from), to == null ? null : start(to.plusDays(1)));
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(userLocale.getZone()).toInstant();
    }

    public String time(Instant at) {
        return userLocale.timeToSecond(at);
    }

    /** The outcomes a security event can have. */
    public AuditOutcome[] getOutcomes() {
        return new AuditOutcome[] {AuditOutcome.DENIED, AuditOutcome.FAILED};
    }

    public AuditEntries getEntries() {
        if (entries == null) {
            entries = table();
        }
        return entries;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
