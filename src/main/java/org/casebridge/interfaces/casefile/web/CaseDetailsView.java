package org.casebridge.interfaces.casefile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.CaseWorkflowService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.casefile.view.HistoryEntry;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.casebridge.interfaces.shared.web.RecordPages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.TabChangeEvent;

/**
 * The details of one case: its summary and tabs, the edit dialog and the status buttons. Shows the
 * case as a read model ({@link CaseSheet}) read once when the page opens; each change answers with the
 * case as it is now, which replaces it, so nothing is read twice. A case the caller may not see
 * answers exactly like one that does not exist (404); a caller whose role has no cases gets the
 * "not allowed" answer (403); both are audited by the service. The dialogs of the other tabs
 * ({@link CaseEntries}, {@link CaseVictims}) and of closing ({@link CaseClosure}) act through
 * {@link #change}.
 */
@Named
@ViewScoped
public class CaseDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    @Inject
    CaseQueryService queries;

    @Inject
    CaseWorkflowService workflow;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    @Inject
    CodeLists codes;

    /** The id as typed in the URL; anything but a number is a case that does not exist. */
    private String idParam;
    private Long id;
    private int refusal;
    /** The case shown. Transient: not replicated with the session; read again after a fail-over ({@link #restore}). */
    private transient CaseSheet sheet;
    private transient List<HistoryEntry> history;
    private CaseForm form = new CaseForm();
    /** The case as the edit dialog opened it: what "your changes" are measured from. */
    private CaseForm original;
    /** Set when a save met a newer version: what the other person changed, shown in the dialog. */
    private EditConflict conflict;

    /** Reads the case when the page is opened. */
    public void load() {
        id = RecordPages.id(idParam);
        sheet = null;
        refusal = id == null ? RecordPages.refuse(404) : RecordPages.read(() -> sheet = queries.read(id));
    }

    /** Before a postback renders: a view restored on another cluster member has lost its transient case; read it again. */
    public void restore() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            sheet();
        }
    }

    /**
     * The case shown. A view restored on another cluster member (after a fail-over, or behind a balancer
     * without stickiness) has lost its transient case: it is read again at the first use, which on a
     * postback is the {@code rendered} check of the form posted. Read again only after {@link #load}
     * found it (an id and no refusal), so a refused case stays refused.
     */
    private CaseSheet sheet() {
        if (sheet == null && refusal == 0 && id != null) {
            load();
        }
        return sheet;
    }

    /**
     * Runs a change made through one of the dialogs: on success shows the case as the change left it,
     * closes the dialog and says so; otherwise shows why beside the fields in {@code fieldIds}.
     */
    boolean change(Supplier<CaseSheet> useCase, Map<String, String> fieldIds, String dialog, String messageKey) {
        return change(useCase, fieldIds, dialog, changed -> messageKey);
    }

    /** {@link #change} with a message that depends on the outcome (closed at once, or waiting for approval). */
    boolean change(Supplier<CaseSheet> useCase, Map<String, String> fieldIds, String dialog,
            Function<CaseSheet, String> messageKey) {
        CaseSheet[] changed = new CaseSheet[1];
        if (!messages.attempt(() -> changed[0] = useCase.get(), fieldIds)) {
            return false;
        }
        sheet = changed[0];
        history = null;
        if (dialog != null) {
            dialogs.hide(dialog);
        }
        messages.info(messageKey.apply(sheet));
        PrimeFaces.current().ajax().update("growl", "caseHeader", "case");
        return true;
    }

    public void startEdit() {
        form = CaseForm.of(sheet());
        original = CaseForm.of(sheet());
        conflict = null;
        dialogs.show("editDialog");
    }

    /**
     * Saves the edit dialog. When someone saved the case meanwhile, nothing is saved: the dialog stays
     * open with the user's input, says who changed what, and offers {@link #reapply}.
     */
    public void save() {
        long version = sheet().version();
        CaseForm mine = form;
        conflict = null;
        change(() -> {
            try {
                return workflow.describe(id, version, mine.toDetails());
            } catch (ConcurrentChangeException e) {
                conflict = conflictWith(mine);
                throw e;
            }
        }, CaseForm.fieldIds("caseEdit"), "editDialog", "case.saved");
    }

    /**
     * "Reload and reapply": the dialog now holds the latest version with the user's own changes over it
     * (fields the user left alone take the other person's values), to check and save again.
     */
    public void reapply() {
        if (original == null) {
            return;
        }
        CaseForm mine = form;
        if (messages.attempt(() -> sheet = queries.read(id), Map.of())) {
            CaseForm latest = CaseForm.of(sheet);
            form = CaseForm.reapplied(original, mine, latest);
            original = latest;
            conflict = null;
            messages.info("case.conflict.reapplied");
        }
    }

    /** The newer version than the one the user edited: who saved it, and each field it changed. */
    private EditConflict conflictWith(CaseForm mine) {
        CaseSheet latest;
        try {
            latest = queries.read(id);
        } catch (RuntimeException gone) {
            return null; // the case is gone or out of reach now: the refusal says so on the next action
        }
        CaseForm theirs = CaseForm.of(latest);
        Map<String, Object> values = theirs.values();
        List<String> mineChanged = original == null ? List.of() : CaseForm.changed(original, mine);
        List<EditConflict.Change> changes = (original == null ? List.<String>of() : CaseForm.changed(original, theirs))
                .stream().map(f -> new EditConflict.Change(messages.text("case." + f), display(values.get(f)),
                        mineChanged.contains(f) && !java.util.Objects.equals(values.get(f), mine.values().get(f))))
                .toList();
        return new EditConflict(latest.changedBy(), userLocale.time(latest.changedAt()), changes);
    }

    private String display(Object value) {
        if (value == null || value instanceof java.util.Collection<?> c && c.isEmpty()) {
            return messages.text("common.none");
        }
        if (value instanceof Enum<?> e) {
            return codes.label(e);
        }
        if (value instanceof java.util.Collection<?> c) {
            return codes.labels(c);
        }
        return value.toString();
    }

    public EditConflict getConflict() {
        return conflict;
    }

    public void changeStatus(CaseStatus status) {
        long version = sheet().version();
        change(() -> workflow.changeStatus(id, version, status), Map.of(), null, "case.status.changed");
    }

    /** The history tab is read when it is opened, so that merely viewing a case does not list its history. */
    public void tabChanged(TabChangeEvent<?> event) {
        if ("historyTab".equals(event.getTab().getId())) {
            messages.attempt(() -> history = queries.history(id), Map.of());
        }
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    /** Whether the caller may change the case now: works on it and it is open. */
    public boolean isWorkable() {
        CaseSheet s = sheet();
        return s != null && s.allowed().work() && !s.closed();
    }

    public boolean isClosed() {
        CaseSheet s = sheet();
        return s != null && s.closed();
    }

    public boolean isSupervisor() {
        CaseSheet s = sheet();
        return s != null && s.allowed().decideClosure();
    }

    public boolean isTeamManager() {
        CaseSheet s = sheet();
        return s != null && s.allowed().manageTeam() && !s.closed();
    }

    public CaseSheet getSheet() {
        return sheet();
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public boolean isNotFound() {
        return sheet() == null;
    }

    public boolean isForbidden() {
        return refusal == 403;
    }

    public CaseForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    /** The supervisor's comment as stored; a reopening's "Reopened: " mark in the reader's language. */
    public String reviewComment(String stored) {
        return stored != null && stored.startsWith(CaseFile.REOPENED)
                ? messages.text("case.closure.reopenedComment", stored.substring(CaseFile.REOPENED.length())) : stored;
    }
}
