package org.casebridge.interfaces.casefile.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseSort;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.shared.Text;

/**
 * The filters of the case list as typed: plain values, turned into a {@link CaseQuery} when applied, and
 * kept in the list's address so that the list comes back as it was (a link, browser Back, a bookmark).
 */
public class CaseFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String q;
    private String number;
    private CaseStatus status;
    private CaseStage stage;
    private RiskLevel risk;
    private ExploitationType exploitation;
    private String country;
    private LocalDate from;
    private LocalDate to;
    private boolean mine;
    private boolean overdue;
    // The home page's work filters (issue 13): each figure on a home page links to its list with these.
    private boolean open;
    private RiskLevel level;
    private boolean reviewSoon;
    private boolean plansDue;
    private boolean closurePending;

    /** The query, newest identification first; {@code me} is the caller's id, used for "my cases". */
    CaseQuery toQuery(Long me) {
        Set<CaseStatus> statuses = status != null ? EnumSet.of(status)
                : open ? EnumSet.of(CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP) : null;
        return new CaseQuery(blankToNull(q), blankToNull(number), statuses, stage, risk,
                exploitation, blankToNull(country), mine ? me : null, from, to, overdue, CaseSort.IDENTIFIED, false,
                new CaseQuery.Work(level, reviewSoon, plansDue, closurePending));
    }

    /**
     * Takes the filters from the list's address (its view parameters). A value that is not valid (too
     * long, a control character, an unknown code, a country the caller has no cases in, a date that is not
     * yyyy-mm-dd) is left out, and its parameter's name returned so that the screen can say so.
     */
    List<String> read(Map<String, String> address, Set<String> countries) {
        List<String> wrong = new ArrayList<>();
        q = text(address, "q", CaseQuery.QUICK_SEARCH_MAX, wrong);
        number = text(address, "number", CaseQuery.NUMBER_PART_MAX, wrong);
        status = code(CaseStatus.class, address, "status", wrong);
        stage = code(CaseStage.class, address, "stage", wrong);
        risk = code(RiskLevel.class, address, "risk", wrong);
        exploitation = code(ExploitationType.class, address, "exploitation", wrong);
        String c = text(address, "country", 2, wrong);
        if (c != null && !countries.contains(c)) {
            wrong.add("country");
            c = null;
        }
        country = c;
        from = date(address, "from", wrong);
        to = date(address, "to", wrong);
        mine = flag(address, "mine", wrong);
        overdue = flag(address, "overdue", wrong);
        open = flag(address, "open", wrong);
        level = code(RiskLevel.class, address, "level", wrong);
        reviewSoon = flag(address, "reviewSoon", wrong);
        plansDue = flag(address, "plansDue", wrong);
        closurePending = flag(address, "closurePending", wrong);
        return wrong;
    }

    /** The filters set, as the list's address parameters (in a fixed order). */
    Map<String, String> address() {
        Map<String, String> a = new LinkedHashMap<>();
        put(a, "q", blankToNull(q));
        put(a, "number", blankToNull(number));
        put(a, "status", status);
        put(a, "stage", stage);
        put(a, "risk", risk);
        put(a, "exploitation", exploitation);
        put(a, "country", blankToNull(country));
        put(a, "from", from);
        put(a, "to", to);
        put(a, "mine", mine ? "true" : null);
        put(a, "overdue", overdue ? "true" : null);
        put(a, "open", open ? "true" : null);
        put(a, "level", level);
        put(a, "reviewSoon", reviewSoon ? "true" : null);
        put(a, "plansDue", plansDue ? "true" : null);
        put(a, "closurePending", closurePending ? "true" : null);
        return a;
    }

    private static void put(Map<String, String> a, String name, Object value) {
        if (value != null) {
            a.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static String text(Map<String, String> a, String name, int max, List<String> wrong) {
        String v = blankToNull(a.get(name));
        if (v != null && (v.length() > max || !Text.isOneLine(v))) {
            wrong.add(name);
            return null;
        }
        return v;
    }

    private static <E extends Enum<E>> E code(Class<E> type, Map<String, String> a, String name, List<String> wrong) {
        String v = blankToNull(a.get(name));
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        wrong.add(name);
        return null;
    }

    private static LocalDate date(Map<String, String> a, String name, List<String> wrong) {
        String v = blankToNull(a.get(name));
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
        } catch (DateTimeParseException e) {
            // left out below
        }
        wrong.add(name);
        return null;
    }

    private static boolean flag(Map<String, String> a, String name, List<String> wrong) {
        String v = blankToNull(a.get(name));
        if (v != null && !v.equals("true") && !v.equals("false")) {
            wrong.add(name);
        }
        return "true".equals(v);
    }

    boolean rangeReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public CaseStage getStage() {
        return stage;
    }

    public void setStage(CaseStage stage) {
        this.stage = stage;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public ExploitationType getExploitation() {
        return exploitation;
    }

    public void setExploitation(ExploitationType exploitation) {
        this.exploitation = exploitation;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public void setLevel(RiskLevel level) {
        this.level = level;
    }

    public boolean isReviewSoon() {
        return reviewSoon;
    }

    public void setReviewSoon(boolean reviewSoon) {
        this.reviewSoon = reviewSoon;
    }

    public boolean isPlansDue() {
        return plansDue;
    }

    public void setPlansDue(boolean plansDue) {
        this.plansDue = plansDue;
    }

    public boolean isClosurePending() {
        return closurePending;
    }

    public void setClosurePending(boolean closurePending) {
        this.closurePending = closurePending;
    }
}
