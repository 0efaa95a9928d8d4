package org.casebridge.interfaces.referral.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.casebridge.domain.model.referral.ReferralQuery;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.casebridge.interfaces.shared.rest.ListParams;

/**
 * The query parameters of {@code GET /api/referrals}: {@code status} (repeatable), {@code overdue},
 * {@code agency} (the recipient agency's id), {@code caseId}, and paging ({@code size}, and
 * {@code after}: the {@code next} token of the previous page). A wrong parameter answers 400 naming it.
 */
public class ReferralListParams extends ListParams {

    @QueryParam("status")
    List<@Pattern(regexp = CODE, message = CODE_MESSAGE) String> status;

    @QueryParam("overdue")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String overdue;

    @QueryParam("agency")
    @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
    String agency;

    @QueryParam("caseId")
    @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
    String caseId;

    /**
     * These parameters from the list's address parameters in one line ({@code status=SENT&overdue=true}), as a
     * background export of the list is asked for ({@link ListParams#read}: only these names, {@code status}
     * repeatable); checked by Bean Validation by the caller.
     */
    public static ReferralListParams parse(String line, String field) {
        ReferralListParams p = new ReferralListParams();
        read(line, field, Set.of("status", "overdue", "agency", "caseId"), Set.of("status"), (name, value) -> {
            switch (name) {
                case "status" -> p.status = plus(p.status, value);
                case "overdue" -> p.overdue = value;
                case "agency" -> p.agency = value;
                default -> p.caseId = value;
            }
        });
        return p;
    }

    /** The query these parameters ask for, for another context's resource. */
    public ReferralQuery listQuery() {
        return query();
    }

    ReferralQuery query() {
        ValidationException.Collector errors = new ValidationException.Collector();
        Set<ReferralStatus> statuses = Fields.filterCodes(ReferralStatus.class, status, "status", errors);
        errors.throwIfAny();
        return new ReferralQuery(statuses, flag(overdue), number(agency), number(caseId));
    }
}
