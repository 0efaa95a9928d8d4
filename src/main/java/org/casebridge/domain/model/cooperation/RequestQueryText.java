package org.casebridge.domain.model.cooperation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.domain.model.shared.QueryLine;

/**
 * A cooperation request list's filters as one line of text, kept with a background export of the list
 * ({@code direction=INCOMING&status=SENT&type=FAMILY_TRACING&counterpart=BS&overdue=true&caseId=12}): the names of
 * {@code GET /api/cooperation-requests}'s parameters, in {@link QueryLine}'s form. Read back strictly, so a stored
 * line never widens a list.
 */
public final class RequestQueryText {

    private RequestQueryText() {
    }

    public static String encode(RequestQuery q) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("direction", q.direction());
        p.put("status", QueryLine.codes(q.statuses()));
        p.put("type", QueryLine.codes(q.types()));
        p.put("counterpart", q.counterpart());
        p.put("overdue", QueryLine.flag(q.overdueOnly()));
        p.put("caseId", q.caseId());
        return QueryLine.write(p);
    }

    public static RequestQuery decode(String text) {
        Map<String, String> p = QueryLine.read(text);
        Direction direction = QueryLine.code(Direction.class, p.remove("direction"));
        var statuses = QueryLine.codes(RequestStatus.class, p.remove("status"));
        var types = QueryLine.codes(RequestType.class, p.remove("type"));
        String counterpart = p.remove("counterpart");
        if (counterpart != null && !counterpart.matches("[A-Z]{2}")) {
            throw QueryLine.wrong();
        }
        RequestQuery q = new RequestQuery(direction, statuses, counterpart, types, QueryLine.flag(p.remove("overdue")),
                QueryLine.id(p.remove("caseId")));
        QueryLine.noneLeft(p);
        return q;
    }
}
