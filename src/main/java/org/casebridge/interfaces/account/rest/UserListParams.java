package org.casebridge.interfaces.account.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.casebridge.interfaces.shared.rest.ListParams;

/** The query parameters of {@code GET /api/users}, checked before the resource runs. */
public class UserListParams extends ListParams {

    @QueryParam("filter")
    @Size(max = 100, message = "{error.param.filter}")
    String filter;
}
