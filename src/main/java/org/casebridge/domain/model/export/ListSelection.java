package org.casebridge.domain.model.export;

import java.util.List;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * The list a {@code LIST_XLSX} export holds: its name ({@link #LISTS}), its filters and sort in the list's
 * own encoded form ({@code CaseQueryText}, {@code ReferralQueryText}, {@code RequestQueryText}, {@code AuditQueryText}, {@code UserQueryText}), and whose list it is: the rows are those the
 * owner's list shows, in the owner's scope as it is when the export runs.
 */
public record ListSelection(String name, String query, long ownerId) {

    /** The case list (cases/list.xhtml, GET /api/cases). */
    public static final String CASES = "cases";
    /** The referral list (referrals/list.xhtml, GET /api/referrals): the sending side's, or a partner's inbox. */
    public static final String REFERRALS = "referrals";
    /** The cooperation request list (cooperation/list.xhtml, GET /api/cooperation-requests). */
    public static final String COOPERATION_REQUESTS = "cooperation-requests";
    /** A supervisor's audit log (audit/log.xhtml, GET /api/audit). */
    public static final String AUDIT_LOG = "audit-log";
    /** The user list (admin/users.xhtml, GET /api/users): every account for an administrator, a supervisor's country's. */
    public static final String USERS = "users";
    /** The lists that can be exported in the background. */
    public static final List<String> LISTS = List.of(CASES, REFERRALS, COOPERATION_REQUESTS, AUDIT_LOG, USERS);
    public static final int NAME_MAX = 20;
    public static final int QUERY_MAX = 1000;

    public ListSelection {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(name != null && LISTS.contains(name), "list", "error.export.list", String.join(", ", LISTS));
        errors.check(query != null && query.length() <= QUERY_MAX, "query", "error.export.listQuery", QUERY_MAX);
        errors.throwIfAny();
    }
}
