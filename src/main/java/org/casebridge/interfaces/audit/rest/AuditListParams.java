package org.casebridge.interfaces.audit.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditLogQuery;
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

    /**
     * These parameters from the log's address parameters in one line ({@code username=cw1-jm&action=CREATE}), as a
     * background export of the log is asked for ({@link ListParams#read}: only these names, none repeated, no paging);
     * checked by Bean Validation by the caller.
     */
    public static AuditListParams parse(String line, String field) {
        AuditListParams p = new AuditListParams();
        read(line, field, Set.of("username", "agency", "action", "recordType", "recordId", "outcome", "from", "to", "sort",
                "asc", "hideOwnViews"), Set.of(), (name, value) -> {
                    switch (name) {
                        case "username" -> p.username = value;
                        case "agency" -> p.agency = value;
                        case "action" -> p.action = value;
                        case "recordType" -> p.recordType = value;
                        case "recordId" -> p.recordId = value;
                        case "outcome" -> p.outcome = value;
                        case "from" -> p.from = value;
                        case "to" -> p.to = value;
                        case "sort" -> p.sort = value;
                        case "asc" -> p.asc = value;
                        default -> p.hideOwnViews = value;
                    }
                });
        return p;
    }

    /** The log these parameters ask for, for another context's resource (a background export of it). */
    public AuditLogQuery listQuery() {
        return new AuditLogQuery(filter(), hideOwnViews());
    }

    /** Leave out the caller's own reads of the audit log (the screen's default; the API's is false). */
    boolean hideOwnViews() {
        return flag(hideOwnViews);
    }

    AuditFilter filter() {
        return AuditResource.filter(username, agency, action, recordType, recordId, outcome, from, to, sort, flag(asc));
    }
}
