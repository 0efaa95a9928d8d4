package org.casebridge.interfaces.dashboard.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.casebridge.application.dashboard.SavedSearchService;
import org.casebridge.application.dashboard.view.SavedSearchView;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's saved case searches. */
@Path("me/saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "dashboard")
public class SavedSearchResource {

    @Inject
    SavedSearchService searches;

    @GET
    @Operation(operationId = "listSavedSearches", summary = "The caller's saved case searches, by name")
    public List<SavedSearchView> list() {
        return searches.mine();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSavedSearch", summary = "One of the caller's saved case searches")
    public SavedSearchView read(@PathParam("id") long id) {
        return searches.read(id);
    }

    @POST
    @Operation(operationId = "createSavedSearch", summary = "Save case-list filters under a name (unique for the caller, at most 50 each)")
    @APIResponse(responseCode = "201", description = "The saved search",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedSearchView")))
    public Response create(SavedSearchInput input, @Context UriInfo uri) {
        if (input == null) {
            throw ValidationException.of("body", "error.dashboard.body");
        }
        SavedSearchView saved = searches.save(input.name(), input.filterValues());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(saved.id())).build()).entity(saved).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSavedSearch", summary = "Delete one of the caller's saved searches")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        searches.delete(id);
        return Response.noContent().build();
    }
}
