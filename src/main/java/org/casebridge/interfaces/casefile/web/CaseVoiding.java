package org.casebridge.interfaces.casefile.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casebridge.application.casefile.CaseEntryService;
import org.casebridge.application.document.DocumentService;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * The one "void with a reason" dialog of the case details: for an event, a support plan, a perpetrator
 * or a document, against the version shown. A voided entry leaves the lists of those who work on the
 * case and stays, marked, for supervisors; nothing is deleted.
 */
@Named
@ViewScoped
public class CaseVoiding implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What can be voided here. */
    public enum Target { EVENT, PLAN, PERPETRATOR, DOCUMENT }

    private static final Map<String, String> FIELDS = Map.of("reason", "voiding:reason");

    @Inject
    CaseEntryService entries;

    @Inject
    DocumentService documents;

    @Inject
    CaseDetailsView details;

    @Inject
    CaseDocuments caseDocuments;

    @Inject
    Dialogs dialogs;

    @Inject
    Messages messages;

    private Target target;
    private long entryId;
    private long version;
    private String reason;

    public void start(Target what, long id, long entryVersion) {
        target = what;
        entryId = id;
        version = entryVersion;
        reason = null;
        dialogs.show("voidDialog");
    }

    public void save() {
        long id = details.getId();
        String why = reason;
        if (target == Target.DOCUMENT) {
            if (messages.attempt(() -> documents.voidDocument(entryId, version, why), FIELDS)) {
                dialogs.hide("voidDialog");
                caseDocuments.reload();
                messages.info("document.voided");
                PrimeFaces.current().ajax().update("growl", "case:tabs:documentsPanel");
            }
            return;
        }
        details.change(() -> switch (target) {
            case EVENT -> entries.voidEvent(id, entryId, version, why).caseSheet();
            case PLAN -> entries.voidSupportPlan(id, entryId, version, why).caseSheet();
            case PERPETRATOR -> entries.voidPerpetrator(id, entryId, version, why).caseSheet();
            case DOCUMENT -> throw new IllegalStateException("documents are voided above");
        }, FIELDS, "voidDialog", "case.entry.voided");
    }

    public Target getTarget() {
        return target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
