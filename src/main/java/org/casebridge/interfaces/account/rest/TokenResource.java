package org.casebridge.interfaces.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casebridge.application.account.ApiTokenService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Any API token by id: administrators revoke anyone's, everyone else only their own. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class TokenResource {

    @Inject
    ApiTokenService tokens;

    @GET
    @Path("expiring")
    @Operation(operationId = "listExpiringTokens", summary = "Every user's API tokens that expire within 7 days, the soonest first (administrators; at most 200)")
    public java.util.List<TokenDto> expiring() {
        return tokens.expiringSoon().stream().map(TokenDto::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke an API token (administrators: anyone's; others: their own)")
    public TokenDto revoke(@PathParam("id") long id) {
        return TokenDto.of(tokens.revoke(id));
    }
}
