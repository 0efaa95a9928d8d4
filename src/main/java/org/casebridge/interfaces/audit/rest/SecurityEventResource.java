package org.casebridge.interfaces.audit.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.casebridge.application.Page;
import org.casebridge.application.audit.SecurityEventService;
import org.casebridge.domain.model.audit.AuditFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrators' security view: refusals and failed logins that no country's supervisor sees. */
@Path("audit/security-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class SecurityEventResource {

    @Inject
    SecurityEventService events;

    @GET
    @Operation(operationId = "listSecurityEvents", summary = "Refusals (DENIED) and failed logins that concern no record country or were made by a user"
            + " without a country, newest first; administrators only. outcome is DENIED or FAILED; from/to as for GET /api/audit")
    public Page<AuditEntryDto> list(@QueryParam("username") String username, @QueryParam("outcome") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("first") Integer first,
            @QueryParam("size") Integer size) {
        AuditFilter parsed = AuditResource.filter(username, null, null, null, null, outcome, from, to, null, false);
        AuditFilter filter = AuditFilter.securityEvents(parsed.username(), parsed.outcome(), parsed.from(), parsed.to());
        return events.securityEvents(filter, Page.first(first), Page.size(size)).map(AuditEntryDto::of);
    }
}
