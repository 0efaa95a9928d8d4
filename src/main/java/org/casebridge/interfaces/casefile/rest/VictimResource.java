package org.casebridge.interfaces.casefile.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.casebridge.application.document.DocumentService;
import org.casebridge.application.document.DocumentView;
import org.casebridge.domain.model.document.DocumentKind;
import org.casebridge.interfaces.document.rest.DocumentResource;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casebridge.application.casefile.VictimService;
import org.casebridge.application.casefile.view.ConsentView;
import org.casebridge.application.casefile.view.VictimSheet;
import org.casebridge.interfaces.shared.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Victims and their consents, for those who may see one of the victim's cases. The only place the
 * API shows a victim's names and contact details.
 */
@Path("victims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "victims")
public class VictimResource {

    @Inject
    DocumentService documentService;

    @Inject
    VictimService victims;

    @GET
    @Path("{id}")
    @Operation(operationId = "getVictim", summary = "The victim's record with names, contact and consents; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The victim; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VictimSheet")))
    public Response get(@PathParam("id") long id) {
        VictimSheet v = victims.get(id);
        return Versions.ok(v, v.version()).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateVictim", summary = "Replace the victim's details; send the ETag in If-Match")
    @APIResponse(responseCode = "200", description = "The victim as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VictimSheet")))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, VictimInput input) {
        VictimInput in = Fields.body(input);
        long version = Versions.required(ifMatch);
        VictimSheet v = victims.update(id, version, in.details());
        return Versions.ok(v, v.version()).build();
    }

    @POST
    @Path("{id}/consents")
    @Operation(operationId = "recordVictimConsent", summary = "Record a consent the victim gave")
    @APIResponse(responseCode = "201", description = "The consent recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConsentView")))
    public Response recordConsent(@PathParam("id") long id, ConsentInput input) {
        ConsentView c = victims.recordConsent(id, Fields.body(input).consent());
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    @POST
    @Path("{id}/consents/{consentId}/withdrawal")
    @Operation(operationId = "withdrawVictimConsent", summary = "Record that the victim withdrew a consent (on the given day, today if left out)")
    public ConsentView withdrawConsent(@PathParam("id") long id, @PathParam("consentId") long consentId,
            WithdrawalInput input) {
        return victims.withdrawConsent(id, consentId, input == null ? null : Fields.date(input.on(), "on"));
    }

    // --- Documents of a victim (issue 11 item 11) ---

    @GET
    @Path("{id}/documents")
    @Operation(operationId = "listVictimDocuments", summary = "The victim's documents, oldest first (voided ones, marked, for supervisors only); never their content")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return documentService.ofVictim(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "attachVictimDocument", summary = "Attach a document to the victim: the file's bytes as the body, its name in 'name', what it is in 'kind'",
            description = "As for a case's documents: the format recognised by content, at most casebridge.documents.max-bytes.")
    @APIResponse(responseCode = "201", description = "The document attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentView")))
    public Response attachDocument(@PathParam("id") long id, @QueryParam("name") String name, @QueryParam("kind") String kind,
            InputStream body) throws IOException {
        DocumentKind k = Fields.code(DocumentKind.class, kind, "kind");
        byte[] content = DocumentResource.read(body, documentService.maxBytes());
        return Response.status(Response.Status.CREATED).entity(documentService.attachToVictim(id, k, name, content)).build();
    }
}
