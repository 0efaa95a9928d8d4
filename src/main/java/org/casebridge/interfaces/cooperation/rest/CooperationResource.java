package org.casebridge.interfaces.cooperation.rest;

import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.RestDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casebridge.application.cooperation.CooperationAnswerService;
import org.casebridge.application.cooperation.CooperationQueryService;
import org.casebridge.application.cooperation.CooperationSendingService;
import org.casebridge.application.cooperation.CooperationThreadService;
import org.casebridge.application.cooperation.view.AttachmentView;
import org.casebridge.interfaces.shared.web.Downloads;
import org.casebridge.application.cooperation.view.MessageView;
import org.casebridge.application.cooperation.view.RequestPage;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.application.cooperation.view.TimingRow;
import org.casebridge.domain.model.cooperation.CooperationAttachment;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.casebridge.interfaces.shared.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cross-border cooperation requests between participating governments. The focal points and
 * supervisors of the two countries, and only they, see a request and its thread; the requested
 * country sees the extract, never the requesting side's case. A request the caller may not see
 * answers 404 exactly like a missing one. Changes need the ETag in If-Match.
 */
@Path("cooperation-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cooperation-requests")
public class CooperationResource {

    @Inject
    CooperationQueryService queries;

    @Inject
    CooperationSendingService sending;

    @Inject
    CooperationAnswerService answers;

    @Inject
    CooperationThreadService thread;

    @GET
    @Operation(operationId = "listCooperationRequests", summary = "The requests of the caller's country, sent and received, newest first",
            description = "direction=OUTGOING|INCOMING; status and type are repeatable; counterpart is the other country's code; "
                    + "overdue=true lists requests past their acknowledge-by or answer-by time; continue with 'next' in 'after'.")
    public RequestPage list(@Valid @BeanParam RequestListParams params) {
        return queries.list(params.query(), params.afterId(), params.pageSize());
    }

    @POST
    @Operation(operationId = "createCooperationRequest", summary = "Open a request about a case to another participating country and send it, or save a draft (\"draft\": true)",
            description = "By a focal point who may read the case. An extract with the victim's data needs the victim's consent to "
                    + "cross-border sharing covering the requested country today, or a sharingBasis; otherwise 409 naming consent "
                    + "and nothing is saved.")
    @APIResponse(responseCode = "201", description = "The request created as a draft; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response create(RequestInput input, @Context UriInfo uri) {
        RequestSheet r = sending.create(Fields.body(input).request());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.id())).build())
                .entity(r).tag(Versions.tag(r.version())).build();
    }

    @GET
    @Path("timings")
    @Operation(operationId = "listCooperationTimings", summary = "How fast each counterpart acknowledged and answered the caller's country's requests, and how fast it "
            + "answered theirs, for requests sent between from and to (YYYY-MM-DD, inclusive)")
    public List<TimingRow> timings(@QueryParam("from") String from, @QueryParam("to") String to) {
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate f = Fields.date(from, "from", errors);
        LocalDate t = Fields.date(to, "to", errors);
        errors.check(f != null, "from", "error.cooperation.from");
        errors.check(t != null, "to", "error.cooperation.to");
        errors.throwIfAny();
        return queries.timings(f, t);
    }

    @GET
    @Path("xlsx")
    @Produces({Spreadsheet.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadCooperationRequestsXlsx", summary = "The request list with the filters of listCooperationRequests, all of it, as an Excel (XLSX) download",
            description = "The columns of the request table. Refused (400, nothing written) when more rows than "
                    + "casebridge.download.max-rows match; audited as EXPORT with the ids.")
    public Response xlsx(@Valid @BeanParam RequestListParams params) {
        return RestDownload.xlsx("cooperation-requests", Labels.text("cooperation.list.title"), ListColumns.requests(),
                queries.export(params.query()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCooperationRequest", summary = "One request with its extract and thread, as the caller's side sees it; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response get(@PathParam("id") long id) {
        return ok(queries.read(id));
    }

    @POST
    @Path("{id}/sending")
    @Operation(operationId = "sendCooperationRequest", summary = "Send a draft (a focal point of the requesting country); the extract is taken now and frozen")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response send(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(sending.send(id, Versions.required(ifMatch)));
    }

    @POST
    @Path("{id}/sharing-basis")
    @Operation(operationId = "recordCooperationSharingBasis", summary = "Record on a draft the legal basis for sharing the victim's data without consent (requesting focal point)")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response sharingBasis(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SharingBasisInput input) {
        return ok(sending.recordSharingBasis(id, Versions.required(ifMatch), Fields.body(input).sharingBasis()));
    }

    @POST
    @Path("{id}/discarding")
    @Operation(operationId = "discardCooperationRequest", summary = "Discard a draft that will not be sent, saying why (requesting focal point)")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response discard(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TextInput input) {
        return ok(sending.discard(id, Versions.required(ifMatch), Fields.body(input).text()));
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(operationId = "acknowledgeCooperationRequest", summary = "Acknowledge a sent request (a focal point of the requested country)")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response acknowledge(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(answers.acknowledge(id, Versions.required(ifMatch)));
    }

    @POST
    @Path("{id}/answer")
    @Operation(operationId = "answerCooperationRequest", summary = "Answer an acknowledged request; the answer becomes a message of the thread (requested focal point)")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response answer(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TextInput input) {
        return ok(answers.answer(id, Versions.required(ifMatch), Fields.body(input).text()));
    }

    @POST
    @Path("{id}/refusal")
    @Operation(operationId = "refuseCooperationRequest", summary = "Refuse a sent or acknowledged request, saying why (requested focal point)")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response refuse(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TextInput input) {
        return ok(answers.refuse(id, Versions.required(ifMatch), Fields.body(input).text()));
    }

    @POST
    @Path("{id}/case-link")
    @Operation(operationId = "linkCooperationCase", summary = "Link the request to a case of the requested country that the focal point may read; never shown to "
            + "the requesting country")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response link(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, LinkInput input) {
        LinkInput in = Fields.body(input);
        if (in.caseId() == null) {
            throw ValidationException.of("caseId", "error.cooperation.caseId");
        }
        return ok(answers.linkCase(id, Versions.required(ifMatch), in.caseId()));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawCooperationRequest", summary = "Withdraw a sent or acknowledged request, saying why (requesting focal point)")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response withdraw(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TextInput input) {
        return ok(sending.withdraw(id, Versions.required(ifMatch), Fields.body(input).text()));
    }

    @POST
    @Path("{id}/closure")
    @Operation(operationId = "closeCooperationRequest", summary = "Close an answered request (requesting focal point)")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(sending.close(id, Versions.required(ifMatch)));
    }

    @POST
    @Path("{id}/follow-up")
    @Operation(operationId = "followUpCooperationRequest", summary = "Ask more after an answer; the question becomes a message and the request is ACKNOWLEDGED again with a "
            + "new answer-by time (requesting focal point)")
    @APIResponse(responseCode = "200", description = "The request as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestSheet")))
    public Response followUp(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TextInput input) {
        return ok(sending.followUp(id, Versions.required(ifMatch), Fields.body(input).text()));
    }

    @GET
    @Path("{id}/messages")
    @Operation(operationId = "listCooperationMessages", summary = "The request's thread, oldest first (the other country's messages become read)")
    public List<MessageView> messages(@PathParam("id") long id) {
        return queries.read(id).messages();
    }

    @POST
    @Path("{id}/messages")
    @Operation(operationId = "postCooperationMessage", summary = "Write on the thread (the focal points of both countries, once sent and until it is final)")
    @APIResponse(responseCode = "201", description = "The message posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MessageView")))
    public Response post(@PathParam("id") long id, TextInput input) {
        return Response.status(Response.Status.CREATED).entity(thread.post(id, Fields.body(input).text())).build();
    }

    @POST
    @Path("{id}/messages/{messageId}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "attachCooperationFile", summary = "Attach a file to one of the caller's own messages: the bytes as the body, the file name in 'name'",
            description = "PDF, PNG, JPEG, Word, Excel or PowerPoint, recognised by content; at most the configured size "
                    + "(casebridge.cooperation.attachment-max-bytes, 10 MB by default).")
    @APIResponse(responseCode = "201", description = "The file attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AttachmentView")))
    public Response attach(@PathParam("id") long id, @PathParam("messageId") long messageId, @QueryParam("name") String name,
            InputStream body) throws IOException {
        long max = thread.maxBytes();
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (content.length > max) {
            throw new ValidationException(Map.of("file", CooperationAttachment.tooLarge(max)));
        }
        AttachmentView a = thread.attach(id, messageId, name, content);
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadCooperationAttachment", summary = "Download an attachment (whoever may read the request); always as a download, never shown inline")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        CooperationThreadService.Download d = thread.download(id, attachmentId);
        Response.ResponseBuilder r = Response.ok(d.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE);
        Downloads.attachmentHeaders(d.fileName()).forEach(r::header);
        return r.build();
    }

    private static Response ok(RequestSheet r) {
        return Versions.ok(r, r.version()).build();
    }
}
