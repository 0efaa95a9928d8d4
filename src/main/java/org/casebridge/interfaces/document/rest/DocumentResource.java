package org.casebridge.interfaces.document.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.casebridge.application.document.DocumentService;
import org.casebridge.application.document.DocumentView;
import org.casebridge.domain.model.document.CaseDocument;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.casebridge.interfaces.casefile.rest.ReasonInput;
import org.casebridge.interfaces.shared.rest.Versions;
import org.casebridge.interfaces.shared.web.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A document of a case or a victim, by its id: its content, always as a download (never shown inline,
 * never sniffed), and voiding it. Attaching and listing are under the case and the victim
 * ({@code /api/cases/{id}/documents}, {@code /api/victims/{id}/documents}). A document the caller may
 * not see answers 404 exactly like a missing one.
 */
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @GET
    @Path("{id}/file")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadDocument", summary = "Download a document (whoever may read its case or victim); always as a file, never shown inline; audited")
    public Response download(@PathParam("id") long id) {
        DocumentService.Download d = documents.download(id);
        Response.ResponseBuilder r = Response.ok(d.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE);
        Downloads.attachmentHeaders(d.fileName()).forEach(r::header);
        return r.build();
    }

    @POST
    @Path("{id}/void")
    @Operation(operationId = "voidDocument", summary = "Void a document with a reason (it stays, listed for supervisors as voided); send its version in If-Match")
    @APIResponse(responseCode = "200", description = "The document, voided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentView")))
    public Response voidDocument(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ReasonInput input) {
        String reason = Fields.body(input).reason();
        DocumentView d = documents.voidDocument(id, Versions.required(ifMatch), reason);
        return Versions.ok(d, d.version()).build();
    }

    /**
     * The body of an upload, read to at most one byte over {@code max}: a larger file is refused before it
     * is read whole (and before anything is saved).
     */
    public static byte[] read(InputStream body, long max) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (content.length > max) {
            throw ValidationException.of("file", "error.document.tooLarge", CaseDocument.sizeText(max));
        }
        return content;
    }
}
