package org.casebridge.interfaces.audit.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.interfaces.shared.rest.ListParams;

/** The filters of the audit log ({@code GET /api/audit} and its CSV export), checked before the resource runs. */
public class AuditListParams extends ListParams {

    @QueryParam("username")
    @Size(max = 64, message = "{error.param.username}")
    String username;

    @QueryParam("agency")
    @Size(max = 32, message = "{error.param.agency}")
    String agency;

    @QueryParam("action")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String action;

    @QueryParam("recordType")
    @Size(max = 40, message = "{error.param.recordType}")
    String recordType;

    @QueryParam("recordId")
    @Size(max = 64, message = "{error.param.recordId}")
    String recordId;

    @QueryParam("outcome")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String outcome;

    @QueryParam("from")
    @Size(max = 40, message = "{error.param.when}")
    String from;

    @QueryParam("to")
    @Size(max = 40, message = "{error.param.when}")
    String to;

    @QueryParam("sort")
    @Size(max = 40, message = "{error.param.auditSort}")
    String sort;

    @QueryParam("asc")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String asc;

    @QueryParam("hideOwnViews")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String hideOwnViews;

    /** Leave out the caller's own reads of the audit log (the screen's default; the API's is false). */
    boolean hideOwnViews() {
        return flag(hideOwnViews);
    }

    AuditFilter filter() {
        return AuditResource.filter(username, agency, action, recordType, recordId, outcome, from, to, sort, flag(asc));
    }
}
