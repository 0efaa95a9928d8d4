package org.casebridge.interfaces.agency.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Countries: every logged-in user reads them; admins add and rename. */
@Path("countries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "countries")
public class CountryResource {

    @Inject
    AgencyService agencies;

    @GET
    @Operation(operationId = "listCountries", summary = "All countries, by name")
    public List<CountryDto> list() {
        return agencies.countries().stream().map(CountryDto::of).toList();
    }

    @POST
    @Operation(operationId = "createCountry", summary = "Add a country (admin)")
    @APIResponse(responseCode = "201", description = "The country added; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CountryDto")))
    public Response create(CountryInput input) {
        if (input == null) {
            throw ValidationException.of("body", "error.agency.body");
        }
        Country c = agencies.createCountry(input.code(), input.name(), input.participating() == null || input.participating());
        return Response.status(Response.Status.CREATED).entity(CountryDto.of(c)).tag(Versions.tag(c.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCountry", summary = "Rename a country, change whether it participates, or the language and time zone its new accounts start with (admin); send the ETag in If-Match")
    @APIResponse(responseCode = "200", description = "The country as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CountryDto")))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CountryInput input) {
        if (input == null || input.code() != null) {
            throw ValidationException.of("code", input == null ? "Send the country as JSON." : "The country code cannot be changed.");
        }
        Country c = agencies.updateCountry(id, Versions.required(ifMatch), input.name(),
                input.participating() == null || input.participating(),
                input.closureApproval() == null || input.closureApproval(), input.language(), input.timeZone());
        return Versions.ok(CountryDto.of(c), c.getVersion()).build();
    }
}
