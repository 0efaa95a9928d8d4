package org.casebridge.interfaces.cooperation.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.casebridge.interfaces.shared.rest.ListParams;

/**
 * The query parameters of {@code GET /api/cooperation-requests}: {@code direction} (OUTGOING or
 * INCOMING), {@code status} and {@code type} (repeatable), {@code counterpart} (the other country's
 * code), {@code overdue}, {@code caseId} (the caller's country's own requests about that case), and
 * paging ({@code size}, and {@code after}: the {@code next} token). A wrong parameter answers 400 naming it.
 */
public class RequestListParams extends ListParams {

    @QueryParam("direction")
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    String direction;

    @QueryParam("status")
    List<@Pattern(regexp = CODE, message = CODE_MESSAGE) String> status;

    @QueryParam("type")
    List<@Pattern(regexp = CODE, message = CODE_MESSAGE) String> type;

    @QueryParam("counterpart")
    @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*", message = "{error.param.countryCode}")
    String counterpart;

    @QueryParam("overdue")
    @Pattern(regexp = FLAG, message = FLAG_MESSAGE)
    String overdue;

    @QueryParam("caseId")
    @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
    String caseId;

    /**
     * These parameters from the list's address parameters in one line ({@code direction=INCOMING&status=SENT}), as
     * a background export of the list is asked for ({@link ListParams#read}: only these names, {@code status} and
     * {@code type} repeatable); checked by Bean Validation by the caller.
     */
    public static RequestListParams parse(String line, String field) {
        RequestListParams p = new RequestListParams();
        read(line, field, Set.of("direction", "status", "type", "counterpart", "overdue", "caseId"), Set.of("status", "type"),
                (name, value) -> {
                    switch (name) {
                        case "direction" -> p.direction = value;
                        case "status" -> p.status = plus(p.status, value);
                        case "type" -> p.type = plus(p.type, value);
                        case "counterpart" -> p.counterpart = value;
                        case "overdue" -> p.overdue = value;
                        default -> p.caseId = value;
                    }
                });
        return p;
    }

    /** The query these parameters ask for, for another context's resource. */
    public RequestQuery listQuery() {
        return query();
    }

    RequestQuery query() {
        ValidationException.Collector errors = new ValidationException.Collector();
        Direction d = direction == null || direction.isBlank() ? null : Fields.code(Direction.class, direction.trim(), "direction", errors);
        Set<RequestStatus> statuses = Fields.filterCodes(RequestStatus.class, status, "status", errors);
        Set<RequestType> types = Fields.filterCodes(RequestType.class, type, "type", errors);
        errors.throwIfAny();
        String other = counterpart == null || counterpart.isBlank() ? null : counterpart.trim().toUpperCase(Locale.ROOT);
        return new RequestQuery(d, statuses, other, types, flag(overdue), number(caseId));
    }
}
