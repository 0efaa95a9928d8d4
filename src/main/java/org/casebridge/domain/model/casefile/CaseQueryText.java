package org.casebridge.domain.model.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebridge.domain.model.shared.QueryLine;

/**
 * A case list's filters and sort as one line of text, kept with a background export of the list
 * ({@code status=ACTIVE,FOLLOW_UP&risk=HIGH&assignedTo=12&sort=NUMBER&asc=true}): the names of
 * {@code GET /api/cases}'s parameters, in {@link QueryLine}'s form. Read back strictly: an unknown name or
 * value is refused, so a stored line never widens a list.
 */
public final class CaseQueryText {

    private CaseQueryText() {
    }

    public static String encode(CaseQuery q) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", q.quickSearch());
        p.put("number", q.numberPart());
        p.put("status", QueryLine.codes(q.statuses()));
        p.put("stage", q.stage());
        p.put("risk", q.riskAtLeast());
        p.put("exploitation", q.exploitationType());
        p.put("country", q.countryCode());
        p.put("assignedTo", q.assignedToId());
        p.put("from", q.identifiedFrom());
        p.put("to", q.identifiedTo());
        p.put("overdue", QueryLine.flag(q.overdueOnly()));
        p.put("level", q.work().riskExactly());
        p.put("reviewSoon", QueryLine.flag(q.work().reviewDueSoon()));
        p.put("plansDue", QueryLine.flag(q.work().planDue()));
        p.put("closurePending", QueryLine.flag(q.work().closurePending()));
        p.put("sort", q.sortOrDefault());
        p.put("asc", Boolean.toString(q.ascending()));
        return QueryLine.write(p);
    }

    public static CaseQuery decode(String text) {
        Map<String, String> p = QueryLine.read(text);
        String status = p.remove("status");
        var statuses = status == null ? null : QueryLine.codes(CaseStatus.class, status);
        String quick = p.remove("q");
        String number = p.remove("number");
        CaseStage stage = QueryLine.code(CaseStage.class, p.remove("stage"));
        RiskLevel risk = QueryLine.code(RiskLevel.class, p.remove("risk"));
        ExploitationType exploitation = QueryLine.code(ExploitationType.class, p.remove("exploitation"));
        String country = p.remove("country");
        Long assigned = QueryLine.id(p.remove("assignedTo"));
        String from = p.remove("from");
        String to = p.remove("to");
        boolean overdue = QueryLine.flag(p.remove("overdue"));
        RiskLevel level = QueryLine.code(RiskLevel.class, p.remove("level"));
        boolean reviewSoon = QueryLine.flag(p.remove("reviewSoon"));
        boolean plansDue = QueryLine.flag(p.remove("plansDue"));
        boolean closurePending = QueryLine.flag(p.remove("closurePending"));
        CaseSort sort = QueryLine.code(CaseSort.class, p.remove("sort"));
        boolean asc = QueryLine.flag(p.remove("asc"));
        QueryLine.noneLeft(p);
        if ((quick != null && quick.length() > CaseQuery.QUICK_SEARCH_MAX)
                || (number != null && number.length() > CaseQuery.NUMBER_PART_MAX)
                || (country != null && !country.matches("[A-Za-z]{2}"))) {
            throw QueryLine.wrong();
        }
        try {
            return new CaseQuery(quick, number, statuses, stage, risk, exploitation, country, assigned,
                    from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), overdue,
                    sort == null ? CaseSort.IDENTIFIED : sort, asc, new CaseQuery.Work(level, reviewSoon, plansDue, closurePending));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw QueryLine.wrong();
        }
    }
}
