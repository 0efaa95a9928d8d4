package org.casebridge.interfaces.audit.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.interfaces.shared.rest.ListParams;

/** The filters of the audit log ({@code GET /api/audit} and its CSV export), checked before the resource runs. */
public class AuditListParams extends ListParams {

    @QueryParam("username")
    @Size(max = 64, message = "A username is at most 64 characters.")
    String username;

    @QueryParam("agency")
    @Size(max = 32, message = "An agency code is at most 32 characters.")
    String agency;

    @QueryParam("action")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String action;

    @QueryParam("recordType")
    @Size(max = 40, message = "A record type is at most 40 characters.")
    String recordType;

    @QueryParam("recordId")
    @Size(max = 64, message = "A record id is at most 64 characters.")
    String recordId;

    @QueryParam("outcome")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String outcome;

    @QueryParam("from")
    @Size(max = 40, message = "Give a date (YYYY-MM-DD) or an ISO instant.")
    String from;

    @QueryParam("to")
    @Size(max = 40, message = "Give a date (YYYY-MM-DD) or an ISO instant.")
    String to;

    @QueryParam("sort")
    @Size(max = 40, message = "Sort by one of the log's columns.")
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
