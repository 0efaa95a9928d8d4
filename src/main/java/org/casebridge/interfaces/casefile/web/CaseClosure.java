package org.casebridge.interfaces.casefile.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casebridge.application.casefile.CaseService;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * Closing a case on its details screen: the caseworker's request (with the status and reason), and
 * the supervisor's approval or rejection (with a comment) and reopening (with a reason).
 */
@Named
@ViewScoped
public class CaseClosure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Inject
    CaseDetailsView details;

    @Inject
    Messages messages;

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
        CaseFile[] result = new CaseFile[1];
        if (messages.attempt(() -> result[0] = cases.requestClosure(id, details.version(), status, reason),
                Map.of("status", "closure:status", "closureReason", "closure:reason"))) {
            details.changed("closureDialog", result[0].getStatus().isClosed() ? "case.closure.done"
                    : "case.closure.requested");
        }
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
        Runnable decision = approving ? () -> cases.approveClosure(id, comment) : () -> cases.rejectClosure(id, comment);
        if (messages.attempt(decision, Map.of("comment", "approval:comment"))) {
            details.changed("approvalDialog", approving ? "case.closure.approved" : "case.closure.rejected");
        }
    }

    public void startReopen() {
        reason = null;
        dialogs.show("reopenDialog");
    }

    public void reopen() {
        long id = details.getId();
        if (messages.attempt(() -> cases.reopen(id, reason), Map.of("reason", "reopen:reason"))) {
            details.changed("reopenDialog", "case.reopened");
        }
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
