package org.casebridge.interfaces.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casebridge.application.account.ApiTokenService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators: a user's API tokens. */
@Path("users/{id}/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class UserTokenResource {

    @Inject
    ApiTokenService tokens;

    @GET
    @Operation(operationId = "listUserTokens", summary = "A user's API tokens, newest first (administrators)")
    public List<TokenDto> ofUser(@PathParam("id") long userId) {
        return tokens.ofUser(userId).stream().map(TokenDto::of).toList();
    }
}
