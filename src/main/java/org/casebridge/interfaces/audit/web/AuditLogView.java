package org.casebridge.interfaces.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.casebridge.application.audit.AuditService;
import org.casebridge.application.audit.CheckpointOutcome;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.audit.VerificationResult;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The supervisor's audit log screen: the country's entries in a lazy table with filters, chain
 * verification, checkpoints and CSV export of the current filter. Times are shown to the second in the reader's
 * time zone (named in the column header), and a day typed in a filter is that day in the same zone.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** UTC to the second: the audit alarm banner, which names its zone. The screens show times in the reader's zone. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Map<String, String> FIELDS = Map.of("to", "audit:to", "from", "audit:from",
            "filter", "audit:apply", "sort", "audit:table");

    @Inject
    AuditService audit;

    @Inject
    Messages messages;

    /** The reader's language and time zone: times are shown, and filter days read, in that zone. */
    @Inject
    UserLocale userLocale;

    private String username;
    private String agency;
    private AuditAction action;
    private String recordType;
    private String recordId;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    /** "Hide my own audit-log views": on when the screen opens. */
    private boolean hideOwnViews = true;
    private AuditFilter applied = filter();
    private boolean appliedHide = true;
    /** The download was refused for its length: the log is offered as a background export until the next apply. */
    private boolean offerBackground;
    /**
     * Transient, like everything below that holds entities or results: the table's model keeps the rows it
     * loaded (audit entries, which are entities and not serializable), so it is built again after the view
     * was restored on another cluster member ({@link #getEntries}).
     */
    private transient AuditEntries entries;
    /** The sort the table was last read in (null: newest first), for the Excel download. */
    private String shownSort;
    private boolean shownAscending;
    /** The last verification or checkpoint shown; gone after a fail-over (neither is serializable). */
    private transient VerificationResult verification;
    private transient AuditCheckpoint checkpoint;

    /** The filters as they came in the address (the supervisor's home page links here with a user's reads). */
    private String userParam;
    private String typeParam;
    private String actionParam;
    private String fromParam;

    /**
     * When the screen opens from a link: takes the user, record type, action and start date from the address
     * and applies them. A value that is not valid is left out (the log then shows more, never another country's).
     */
    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (userParam != null && userParam.matches("[A-Za-z0-9._@-]{1,64}")) {
            username = userParam;
        }
        if (typeParam != null && typeParam.matches("[A-Za-z0-9_.-]{1,40}")) {
            recordType = typeParam;
        }
        for (AuditAction a : AuditAction.values()) {
            if (a.name().equals(actionParam)) {
                action = a;
            }
        }
        if (fromParam != null && fromParam.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                from = LocalDate.parse(fromParam);
            } catch (java.time.format.DateTimeParseException e) {
                from = null;
            }
        }
        applied = filter();
    }

    public String getUserParam() {
        return userParam;
    }

    public void setUserParam(String userParam) {
        this.userParam = userParam;
    }

    public String getTypeParam() {
        return typeParam;
    }

    public void setTypeParam(String typeParam) {
        this.typeParam = typeParam;
    }

    public String getActionParam() {
        return actionParam;
    }

    public void setActionParam(String actionParam) {
        this.actionParam = actionParam;
    }

    public String getFromParam() {
        return fromParam;
    }

    public void setFromParam(String fromParam) {
        this.fromParam = fromParam;
    }

    @PostConstruct
    void init() {
        entries = table();
    }

    private AuditEntries table() {
        return new AuditEntries((first, size, sort, ascending) -> {
            shownSort = sort;
            shownAscending = ascending;
            return audit.search(sorted(applied, sort, ascending), appliedHide, first, size);
        });
    }

    /** Applies the filters from the first page on; the table and the export use them until the next apply. */
    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            messages.error("audit:to", "audit.filter.range");
            return;
        }
        applied = filter();
        appliedHide = hideOwnViews;
        offerBackground = false;
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void verify() {
        verification = audit.verify();
    }

    public void createCheckpoint() {
        CheckpointOutcome outcome = audit.checkpoint();
        checkpoint = outcome.checkpoint();
        if (outcome.signed()) {
            messages.info("audit.checkpoint.created");
        } else {
            verification = outcome.refusal();
            messages.error(null, "audit.checkpoint.refused");
        }
    }

    /** The filter last applied, in the table's sort: what "Download as Excel" downloads. */
    public AuditFilter appliedFilter() {
        return sorted(applied, shownSort, shownAscending);
    }

    public boolean appliedHide() {
        return appliedHide;
    }

    /** After a download refused for its length: offer the log as a background export instead. */
    void offerBackground() {
        this.offerBackground = true;
    }

    public boolean isOfferBackground() {
        return offerBackground;
    }

    /** The applied filter's entries as a CSV download; null (with a message) when the export is refused. */
    public StreamedContent export() {
        try {
            byte[] csv = audit.exportCsv(applied, appliedHide).getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder().name("casebridge-audit.csv").contentType("text/csv; charset=UTF-8")
                    .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
        } catch (ValidationException e) {
            messages.show(e, FIELDS);
            return null;
        }
    }

    private AuditFilter filter() {
        return new AuditFilter(null, username, agency, action, recordType, recordId, outcome, start(from),
                to == null ? null : start(to.plusDays(1)), null, false);
    }

    private static AuditFilter sorted(AuditFilter f, String sortField, boolean ascending) {
        return new AuditFilter(f.scopeCountry(), f.username(), f.agencyCode(), f.action(), f.recordType(), f.recordId(),
                f.outcome(), f.from(), f.to(), sortField, ascending, f.hiddenViews(), f.relatedReads());
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(userLocale.getZone()).toInstant();
    }

    /** A moment to the second, in the reader's time zone and language. */
    public String time(Instant at) {
        return userLocale.timeToSecond(at);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public String getVerifyStyle() {
        return verification == null ? "" : verification.ok() ? "audit-ok" : "audit-broken";
    }

    public AuditEntries getEntries() {
        if (entries == null) {
            entries = table();
        }
        return entries;
    }

    public VerificationResult getVerification() {
        return verification;
    }

    /** Why the chain does not verify, in the reader's language; empty when it does. */
    public String getVerificationReason() {
        return verification == null || verification.why() == null ? "" : messages.text(verification.why());
    }

    public AuditCheckpoint getCheckpoint() {
        return checkpoint;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public boolean isHideOwnViews() {
        return hideOwnViews;
    }

    public void setHideOwnViews(boolean hideOwnViews) {
        this.hideOwnViews = hideOwnViews;
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
