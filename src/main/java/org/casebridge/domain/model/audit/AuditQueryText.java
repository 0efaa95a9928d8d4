package org.casebridge.domain.model.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebridge.domain.model.shared.QueryLine;

/**
 * The audit log's filters and order as one line of text, kept with a background export of the log
 * ({@code username=cw1-jm&action=CREATE&from=2026-12-01T00:00:00Z&sort=username&asc=true&hideOwnViews=true}): the
 * names of {@code GET /api/audit}'s parameters, in {@link QueryLine}'s form, times as ISO instants (UTC). The country
 * scope is never in it: it is the owner's when the export runs. Read back strictly (an unknown parameter, action or
 * outcome, a sort the log has not, a time that is not an instant is refused), so a stored line never widens the log.
 */
public final class AuditQueryText {

    private AuditQueryText() {
    }

    public static String encode(AuditLogQuery q) {
        AuditFilter f = q.filter();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("username", f.username());
        p.put("agency", f.agencyCode());
        p.put("action", f.action());
        p.put("recordType", f.recordType());
        p.put("recordId", f.recordId());
        p.put("outcome", f.outcome());
        p.put("from", f.from());
        p.put("to", f.to());
        p.put("sort", f.sortField());
        p.put("asc", QueryLine.flag(f.ascending()));
        p.put("hideOwnViews", QueryLine.flag(q.hideOwnViews()));
        return QueryLine.write(p);
    }

    public static AuditLogQuery decode(String text) {
        Map<String, String> p = QueryLine.read(text);
        String sort = p.remove("sort");
        if (sort != null && !AuditFilter.SORTABLE.contains(sort)) {
            throw QueryLine.wrong();
        }
        AuditFilter f = new AuditFilter(null, p.remove("username"), p.remove("agency"),
                QueryLine.code(AuditAction.class, p.remove("action")), p.remove("recordType"), p.remove("recordId"),
                QueryLine.code(AuditOutcome.class, p.remove("outcome")), instant(p.remove("from")), instant(p.remove("to")),
                sort, QueryLine.flag(p.remove("asc")));
        boolean hide = QueryLine.flag(p.remove("hideOwnViews"));
        QueryLine.noneLeft(p);
        return new AuditLogQuery(f, hide);
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw QueryLine.wrong();
        }
    }
}
