package org.casebridge.interfaces.casefile.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseSort;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.rest.ListParams;

/**
 * The query parameters of {@code GET /api/cases}, declared and checked by Bean Validation before the
 * resource runs: a wrong parameter answers 400 with the parameter named in {@code errors}. Code-list
 * values are checked against the code list when the query is built.
 */
public class CaseListParams extends ListParams {

    @QueryParam("q")
    @Size(max = CaseQuery.QUICK_SEARCH_MAX, message = "{error.param.q}")
    String q;

    @QueryParam("number")
    @Size(max = CaseQuery.NUMBER_PART_MAX, message = "{error.param.number}")
    String number;

    @QueryParam("status")
    List<@Pattern(regexp = CODE, message = CODE_MESSAGE) String> status;

    @QueryParam("stage")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String stage;

    @QueryParam("risk")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String risk;

    @QueryParam("exploitation")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String exploitation;

    @QueryParam("country")
    @Pattern(regexp = "[A-Za-z]{2}", message = "{error.param.country}")
    String country;

    @QueryParam("assignedTo")
    @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
    String assignedTo;

    @QueryParam("mine")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String mine;

    @QueryParam("from")
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    String to;

    @QueryParam("overdue")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String overdue;

    @QueryParam("sort")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String sort;

    @QueryParam("asc")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String asc;

    // The home page's work filters (issue 13), as on the case list screen.
    @QueryParam("open")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String open;

    @QueryParam("level")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String level;

    @QueryParam("reviewSoon")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String reviewSoon;

    @QueryParam("plansDue")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String plansDue;

    @QueryParam("closurePending")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String closurePending;

    boolean mine() {
        return flag(mine);
    }

    /** The names {@link #parse} takes: the list's filters and sort (no paging). */
    private static final java.util.Set<String> FILTER_NAMES = java.util.Set.of("q", "number", "status", "stage", "risk",
            "exploitation", "country", "assignedTo", "mine", "from", "to", "overdue", "sort", "asc", "open", "level",
            "reviewSoon", "plansDue", "closurePending");
    /**
     * These parameters from a list's address parameters in one line ({@code status=ACTIVE&mine=true}), as a
     * background export of the list is asked for ({@link ListParams#read}: only these names, {@code status} repeatable);
     * checked by Bean Validation by the caller.
     */
    public static CaseListParams parse(String line, String field) {
        CaseListParams p = new CaseListParams();
        read(line, field, FILTER_NAMES, Set.of("status"), (name, value) -> {
            switch (name) {
                case "q" -> p.q = value;
                case "number" -> p.number = value;
                case "status" -> p.status = plus(p.status, value);
                case "stage" -> p.stage = value;
                case "risk" -> p.risk = value;
                case "exploitation" -> p.exploitation = value;
                case "country" -> p.country = value;
                case "assignedTo" -> p.assignedTo = value;
                case "mine" -> p.mine = value;
                case "from" -> p.from = value;
                case "to" -> p.to = value;
                case "overdue" -> p.overdue = value;
                case "sort" -> p.sort = value;
                case "asc" -> p.asc = value;
                case "open" -> p.open = value;
                case "level" -> p.level = value;
                case "reviewSoon" -> p.reviewSoon = value;
                case "plansDue" -> p.plansDue = value;
                default -> p.closurePending = value;
            }
        });
        return p;
    }

    /** The query these parameters ask for (see {@link #query()}), for another context's resource. */
    public CaseQuery listQuery() {
        return query();
    }

    /** Whether {@code mine=true} narrows the list to the caller's cases. */
    public boolean listMine() {
        return mine();
    }

    /** The query these parameters ask for; an unknown code-list value or a contradiction is a 400 naming it. */
    CaseQuery query() {
        ValidationException.Collector errors = new ValidationException.Collector();
        Set<CaseStatus> statuses = Fields.filterCodes(CaseStatus.class, status, "status", errors);
        CaseStage stageValue = Fields.code(CaseStage.class, stage, "stage", errors);
        RiskLevel riskValue = Fields.code(RiskLevel.class, risk, "risk", errors);
        ExploitationType exploitationValue = Fields.code(ExploitationType.class, exploitation, "exploitation", errors);
        CaseSort sortValue = Fields.code(CaseSort.class, sort, "sort", errors);
        RiskLevel levelValue = Fields.code(RiskLevel.class, level, "level", errors);
        Long assignee = number(assignedTo);
        errors.check(!mine() || assignee == null, "mine", "error.case.mine");
        errors.check(!flag(open) || statuses == null || statuses.isEmpty(), "open", "error.case.open");
        if (flag(open) && (statuses == null || statuses.isEmpty())) {
            statuses = java.util.EnumSet.of(CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP);
        }
        errors.throwIfAny();
        return new CaseQuery(q, number, statuses, stageValue, riskValue, exploitationValue, country, assignee,
                Fields.date(from, "from"), Fields.date(to, "to"), flag(overdue),
                sortValue == null ? CaseSort.IDENTIFIED : sortValue, flag(asc),
                new CaseQuery.Work(levelValue, flag(reviewSoon), flag(plansDue), flag(closurePending)));
    }
}
