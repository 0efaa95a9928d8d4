package org.casebridge.interfaces.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casebridge.application.account.AccountService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class MeResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(operationId = "getMe", summary = "The caller: user, roles, agency and country")
    public MeDto me() {
        return MeDto.of(accounts.me());
    }
}
