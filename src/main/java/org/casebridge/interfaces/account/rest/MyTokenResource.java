package org.casebridge.interfaces.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.casebridge.application.account.ApiTokenService;
import org.casebridge.application.account.IssuedToken;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own personal API tokens. */
@Path("me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class MyTokenResource {

    @Inject
    ApiTokenService tokens;

    @GET
    @Operation(operationId = "listMyTokens", summary = "The caller's API tokens, newest first (never their secrets)")
    public List<TokenDto> list() {
        return tokens.mine().stream().map(TokenDto::of).toList();
    }

    @POST
    @Operation(operationId = "createMyToken", summary = "Create an API token for the caller; the answer holds its secret, shown this once")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201",
            description = "The token created: {token: the listed fields, secret: the secret, shown this once}")
    public Response create(TokenInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ValidationException.of("body", "error.account.body");
        }
        IssuedToken issued = tokens.create(input.name(), input.days(), Boolean.TRUE.equals(input.readOnly()));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.token().id())).build())
                .cacheControl(noStore).entity(IssuedTokenDto.of(issued)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeMyToken", summary = "Revoke one of the caller's API tokens; it stops working at the next request")
    public TokenDto revoke(@PathParam("id") long id) {
        return TokenDto.of(tokens.revokeOwn(id));
    }
}
