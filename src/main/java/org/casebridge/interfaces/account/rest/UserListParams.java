package org.casebridge.interfaces.account.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.casebridge.interfaces.shared.rest.ListParams;

/** The query parameters of {@code GET /api/users}, checked before the resource runs. */
public class UserListParams extends ListParams {

    @QueryParam("filter")
    @Size(max = 100, message = "{error.param.filter}")
    String filter;

    /**
     * This parameter from the list's address parameters in one line ({@code filter=jm}), as a background export of the
     * list is asked for ({@link ListParams#read}: only {@code filter}, once, no paging); checked by Bean Validation by
     * the caller.
     */
    public static UserListParams parse(String line, String field) {
        UserListParams p = new UserListParams();
        read(line, field, Set.of("filter"), Set.of(), (name, value) -> p.filter = value);
        return p;
    }

    /** The search these parameters ask for (null for none), for another context's resource. */
    public String listFilter() {
        return filter;
    }
}
