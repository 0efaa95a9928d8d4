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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.casebridge.interfaces.shared.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agencies: every logged-in user reads the directory; admins create and change. */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "agencies")
public class AgencyResource {

    @Inject
    AgencyService agencies;

    @GET
    @Operation(operationId = "listAgencies", summary = "All agencies, by country and name; to choose a partner for a referral, filter by a service it "
            + "offers (service=SHELTER...), its country (country=JM) and partner=true (active non-government agencies)")
    public List<AgencyDto> list(@QueryParam("service") String service, @QueryParam("country") String country,
            @QueryParam("partner") String partner) {
        ServiceType offered = Fields.code(ServiceType.class, service, "service");
        boolean partners = partner != null && partner.trim().equalsIgnoreCase("true");
        Set<ServiceType> offering = offered == null ? Set.of() : Set.of(offered);
        if (partners) {
            return agencies.partners(country, offering).stream().map(AgencyDto::of).toList();
        }
        return agencies.agencies().stream()
                .filter(a -> a.getServices().containsAll(offering))
                .filter(a -> country == null || country.isBlank()
                        || (a.getCountry() != null && a.getCountry().getCode().value().equalsIgnoreCase(country.trim())))
                .map(AgencyDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAgency", summary = "One agency; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The agency; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgencyDto")))
    public Response get(@PathParam("id") long id) {
        Agency a = agencies.agency(id);
        return Versions.ok(AgencyDto.of(a), a.getVersion()).build();
    }

    @POST
    @Operation(operationId = "createAgency", summary = "Create an agency (admin)")
    @APIResponse(responseCode = "201", description = "The agency created; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgencyDto")))
    public Response create(AgencyInput input, @Context UriInfo uri) {
        AgencyInput in = required(input);
        Agency a = agencies.createAgency(in.code(), in.form());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(a.getId())).build())
                .entity(AgencyDto.of(a)).tag(Versions.tag(a.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateAgency", summary = "Change an agency (admin); send the ETag in If-Match")
    @APIResponse(responseCode = "200", description = "The agency as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgencyDto")))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AgencyInput input) {
        AgencyInput in = required(input);
        if (in.code() != null) {
            throw ValidationException.of("code", "error.agency.code");
        }
        Agency a = agencies.updateAgency(id, Versions.required(ifMatch), in.form());
        return Versions.ok(AgencyDto.of(a), a.getVersion()).build();
    }

    private static AgencyInput required(AgencyInput input) {
        if (input == null) {
            throw ValidationException.of("body", "error.agency.body2");
        }
        return input;
    }
}
