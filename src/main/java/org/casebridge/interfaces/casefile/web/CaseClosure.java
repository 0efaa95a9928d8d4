package org.casebridge.interfaces.casefile.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casebridge.application.casefile.CaseWorkflowService;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.interfaces.shared.web.Dialogs;

/**
 * Closing a case on its details screen: the caseworker's request (with the status and reason), and
 * the supervisor's approval or rejection (with a comment) and reopening (with a reason).
 */
@Named
@ViewScoped
public class CaseClosure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseWorkflowService workflow;

    @Inject
    CaseDetailsView details;

    @Inject
    Dialogs dialogs;

    private CaseStatus status = CaseStatus.CLOSED;
    private String reason;
    private String comment;
    private boolean approving;

    public void startRequest() {
        status = CaseStatus.CLOSED;
        reason = null;
        dialogs.show("closureDialog");
    }

    public void request() {
        long id = details.getId();
        long version = details.getSheet().version();
        details.change(() -> workflow.requestClosure(id, version, status, reason),
                Map.of("status", "closure:status", "closureReason", "closure:reason"), "closureDialog",
                (CaseSheet c) -> c.closed() ? "case.closure.done" : "case.closure.requested");
    }

    public void startApprove() {
        approving = true;
        comment = null;
        dialogs.show("approvalDialog");
    }

    public void startReject() {
        approving = false;
        comment = null;
        dialogs.show("approvalDialog");
    }

    public void decide() {
        long id = details.getId();
        String text = comment;
        if (approving) {
            details.change(() -> workflow.approveClosure(id, text), Map.of("comment", "approval:comment"), "approvalDialog",
                    "case.closure.approved");
        } else {
            details.change(() -> workflow.rejectClosure(id, text), Map.of("comment", "approval:comment"), "approvalDialog",
                    "case.closure.rejected");
        }
    }

    public void startReopen() {
        reason = null;
        dialogs.show("reopenDialog");
    }

    public void reopen() {
        long id = details.getId();
        details.change(() -> workflow.reopen(id, reason), Map.of("reason", "reopen:reason"), "reopenDialog", "case.reopened");
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isApproving() {
        return approving;
    }
}
