package org.casebridge.interfaces.casefile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.application.casefile.CaseService;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.TabChangeEvent;

/**
 * The details of one case: its summary and tabs, the edit dialog and the status buttons. A case the
 * caller may not see answers exactly like one that does not exist. The dialogs of the other tabs
 * ({@link CaseEntries}, {@link CaseVictims}) and of closing ({@link CaseClosure}) act on the case
 * loaded here and ask it to {@link #changed reload} afterwards.
 */
@Named
@ViewScoped
public class CaseDetailsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Inject
    CaseService cases;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private Long id;
    private boolean notFound;
    /** The case as last read; rebuilt if the view is restored on another cluster member. */
    private transient CaseService.CaseView view;
    private transient List<AuditEntry> history;
    private long version;
    private CaseForm form = new CaseForm();

    /** Reads the case when the page is opened; a missing or foreign case shows "not found" (404). */
    public void load() {
        if (id == null) {
            notFound();
            return;
        }
        try {
            read();
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    private void read() {
        view = cases.read(id);
        version = view.caseFile().getVersion();
    }

    private void notFound() {
        notFound = true;
        view = null;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    /** After a change made through one of the dialogs: closes it, reads the case again and says so. */
    void changed(String dialog, String messageKey) {
        if (dialog != null) {
            dialogs.hide(dialog);
        }
        if (!messages.attempt(this::read, Map.of())) {
            notFound = true;
        }
        history = null;
        messages.info(messageKey);
        PrimeFaces.current().ajax().update("growl", "caseHeader", "case");
    }

    public void startEdit() {
        form = CaseForm.of(getCaseFile());
        dialogs.show("editDialog");
    }

    public void save() {
        if (messages.attempt(() -> cases.describe(id, version, form.toDetails()), CaseForm.fieldIds("caseEdit"))) {
            changed("editDialog", "case.saved");
        }
    }

    public void changeStatus(CaseStatus status) {
        if (messages.attempt(() -> cases.changeStatus(id, version, status), Map.of())) {
            changed(null, "case.status.changed");
        }
    }

    /** The history tab is read when it is opened, so that merely viewing a case does not list its audit trail. */
    public void tabChanged(TabChangeEvent<?> event) {
        if ("historyTab".equals(event.getTab().getId())) {
            messages.attempt(() -> history = cases.history(id), Map.of());
        }
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public boolean isOverdue() {
        return getCaseFile() != null && getCaseFile().isOverdueOn(LocalDate.now());
    }

    public boolean isClosed() {
        return getCaseFile() != null && getCaseFile().getStatus().isClosed();
    }

    /** Whether the caller may change the case now: works on it and it is open. */
    public boolean isWorkable() {
        return view != null && view.mayWork() && !isClosed();
    }

    public boolean isSupervisor() {
        return view != null && view.maySupervise();
    }

    public boolean isTeamManager() {
        return view != null && view.mayManageTeam() && !isClosed();
    }

    public CaseFile getCaseFile() {
        if (view == null && !notFound && id != null) {
            load();
        }
        return view == null ? null : view.caseFile();
    }

    long version() {
        return version;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public boolean isNotFound() {
        return notFound || id == null;
    }

    public CaseForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
