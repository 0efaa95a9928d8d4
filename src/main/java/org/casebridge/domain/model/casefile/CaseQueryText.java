package org.casebridge.domain.model.casefile;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A case list's filters and sort as one line of text, kept with a background export of the list
 * ({@code status=ACTIVE,FOLLOW_UP&risk=HIGH&assignedTo=12&sort=NUMBER&asc=true}): the names of
 * {@code GET /api/cases}'s parameters, values URL-encoded, several statuses comma-separated. Read back
 * strictly: an unknown name or value is refused, so a stored line never widens a list.
 */
public final class CaseQueryText {

    private CaseQueryText() {
    }

    public static String encode(CaseQuery q) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q.quickSearch());
        put(p, "number", q.numberPart());
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            StringJoiner s = new StringJoiner(",");
            EnumSet.copyOf(q.statuses()).forEach(v -> s.add(v.name()));
            p.put("status", s.toString());
        }
        put(p, "stage", q.stage());
        put(p, "risk", q.riskAtLeast());
        put(p, "exploitation", q.exploitationType());
        put(p, "country", q.countryCode());
        put(p, "assignedTo", q.assignedToId());
        put(p, "from", q.identifiedFrom());
        put(p, "to", q.identifiedTo());
        if (q.overdueOnly()) {
            p.put("overdue", "true");
        }
        put(p, "level", q.work().riskExactly());
        if (q.work().reviewDueSoon()) {
            p.put("reviewSoon", "true");
        }
        if (q.work().planDue()) {
            p.put("plansDue", "true");
        }
        if (q.work().closurePending()) {
            p.put("closurePending", "true");
        }
        p.put("sort", q.sortOrDefault().name());
        p.put("asc", Boolean.toString(q.ascending()));
        StringJoiner line = new StringJoiner("&");
        p.forEach((k, v) -> line.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return line.toString();
    }

    public static CaseQuery decode(String text) {
        Map<String, String> p = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                    throw wrong();
                }
            }
        }
        try {
            Set<CaseStatus> statuses = null;
            String status = p.remove("status");
            if (status != null) {
                statuses = EnumSet.noneOf(CaseStatus.class);
                for (String s : status.split(",")) {
                    statuses.add(CaseStatus.valueOf(s));
                }
            }
            String quick = p.remove("q");
            String number = p.remove("number");
            CaseStage stage = code(CaseStage.class, p.remove("stage"));
            RiskLevel risk = code(RiskLevel.class, p.remove("risk"));
            ExploitationType exploitation = code(ExploitationType.class, p.remove("exploitation"));
            String country = p.remove("country");
            String assigned = p.remove("assignedTo");
            String from = p.remove("from");
            String to = p.remove("to");
            boolean overdue = flag(p.remove("overdue"));
            RiskLevel level = code(RiskLevel.class, p.remove("level"));
            boolean reviewSoon = flag(p.remove("reviewSoon"));
            boolean plansDue = flag(p.remove("plansDue"));
            boolean closurePending = flag(p.remove("closurePending"));
            CaseSort sort = code(CaseSort.class, p.remove("sort"));
            boolean asc = flag(p.remove("asc"));
            if (!p.isEmpty() || (quick != null && quick.length() > CaseQuery.QUICK_SEARCH_MAX)
                    || (number != null && number.length() > CaseQuery.NUMBER_PART_MAX)
                    || (country != null && !country.matches("[A-Za-z]{2}"))) {
                throw wrong();
            }
            return new CaseQuery(quick, number, statuses, stage, risk, exploitation, country,
                    assigned == null ? null : Long.valueOf(assigned), from == null ? null : LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to), overdue, sort == null ? CaseSort.IDENTIFIED : sort, asc,
                    new CaseQuery.Work(level, reviewSoon, plansDue, closurePending));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw wrong();
        }
    }

    private static void put(Map<String, String> p, String name, Object value) {
        if (value instanceof Enum<?> e) {
            p.put(name, e.name());
        } else if (value != null && !value.toString().isEmpty()) {
            p.put(name, value.toString());
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static boolean flag(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("flag");
    }

    private static ValidationException wrong() {
        return ValidationException.of("query", "error.export.listQuery.wrong");
    }
}
