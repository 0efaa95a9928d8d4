package org.casebridge.interfaces.casefile.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casebridge.application.casefile.CaseEntryService;
import org.casebridge.application.casefile.CaseIntakeService;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.CaseTeamService;
import org.casebridge.application.casefile.CaseWorkflowService;
import org.casebridge.application.casefile.view.Added;
import org.casebridge.application.casefile.view.CaseEntries.EventView;
import org.casebridge.application.casefile.view.CaseEntries.PerpetratorView;
import org.casebridge.application.casefile.view.CaseEntries.SupportPlanView;
import org.casebridge.application.casefile.view.CasePage;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.casefile.view.CaseSummary;
import org.casebridge.application.casefile.view.HistoryEntry;
import org.casebridge.application.casefile.view.UserRef;
import org.casebridge.application.casefile.view.VictimRow;
import org.casebridge.application.document.DocumentService;
import org.casebridge.application.document.DocumentView;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.casebridge.domain.model.document.DocumentKind;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.document.rest.DocumentResource;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.interfaces.shared.export.CaseSummaryPdf;
import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.RestDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.interfaces.shared.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trafficking cases: the list (filtered and paged in the database, within the caller's scope),
 * intake, the case in full, its description, workflow, team and the records added to it. Answers are
 * the application's read models, the same the screens show. A case the caller may not see answers
 * 404 exactly like a missing one.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
public class CaseResource {

    @Inject
    CaseQueryService queries;

    @Inject
    CaseIntakeService intake;

    @Inject
    CaseWorkflowService workflow;

    @Inject
    CaseTeamService team;

    @Inject
    CaseEntryService entries;

    @Inject
    DocumentService documentService;

    @GET
    @Operation(operationId = "listCases", summary = "The cases the caller may see, filtered; continue with the 'next' token in 'after'",
            description = "status is repeatable; risk is the lowest level wanted; from/to bound the identification date "
                    + "(YYYY-MM-DD); mine=true lists the caller's own cases; sort is IDENTIFIED, NUMBER, RISK or CHANGED; "
                    + "number matches any part of a case number (e.g. 00002), its % and _ taken literally.")
    public CasePage list(@Valid @BeanParam CaseListParams params) {
        CaseQuery query = params.query();
        return params.mine() ? queries.listMine(query, params.after(), params.firstRow(), params.pageSize())
                : queries.list(query, params.after(), params.firstRow(), params.pageSize());
    }

    @GET
    @Path("xlsx")
    @Produces({Spreadsheet.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadCasesXlsx", summary = "The case list with the filters and sort of listCases, all of it, as an Excel (XLSX) download",
            description = "The columns of the case table. Refused (400, nothing written) when more rows than "
                    + "casebridge.download.max-rows match; audited as EXPORT with the ids of the cases.")
    public Response xlsx(@Valid @BeanParam CaseListParams params) {
        return RestDownload.xlsx("cases", Labels.text("cases.title"), ListColumns.cases(), queries.export(params.query(), params.mine()));
    }

    @GET
    @Path("{id}/summary.pdf")
    @Produces({CaseSummaryPdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadCaseSummaryPdf", summary = "The case summary for a handover or a court, as a PDF download (whoever may read the case)")
    public Response summaryPdf(@PathParam("id") long id) {
        CaseSummary summary = queries.summary(id);
        return RestDownload.of(CaseSummaryPdf.fileName(summary), CaseSummaryPdf.MEDIA_TYPE,
                out -> CaseSummaryPdf.write(summary, out));
    }

    @GET
    @Path("countries")
    @Operation(operationId = "listCaseCountries", summary = "The countries whose cases the caller may see: the values worth offering for 'country'")
    public List<CaseCountry> countries() {
        return queries.countries().stream().map(c -> new CaseCountry(c.getCode().value(), c.getName())).toList();
    }

    /** A country a case list can be filtered by. */
    public record CaseCountry(String code, String name) {
    }

    @POST
    @Operation(operationId = "createCase", summary = "Open a case: the case, its first victim and consents, saved together or not at all")
    @APIResponse(responseCode = "201", description = "The case opened; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response open(IntakeInput input, @Context UriInfo uri) {
        CaseSheet c = intake.open(Fields.body(input).intake());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build())
                .entity(c).tag(Versions.tag(c.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCase", summary = "The case in full, with what the caller may do with it ('allowed'); the ETag is its version")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response get(@PathParam("id") long id) {
        return ok(queries.read(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "listCaseHistory", summary = "The case's change history, newest first: who created, changed or moved it and when")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return queries.history(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCase", summary = "Replace the description of the case; send the ETag in If-Match",
            description = "Only the fields of CaseInput; a body naming any other field (number, status, owner...) is refused.")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response describe(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CaseInput input) {
        CaseInput in = Fields.body(input);
        long version = Versions.required(ifMatch);
        return ok(workflow.describe(id, version, in.details()));
    }

    @POST
    @Path("{id}/status")
    @Operation(operationId = "changeCaseStatus", summary = "Move an open case between ACTIVE and FOLLOW_UP; send the ETag in If-Match")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response changeStatus(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, StatusInput input) {
        CaseStatus status = Fields.code(CaseStatus.class, Fields.body(input).status(), "status");
        long version = Versions.required(ifMatch);
        return ok(workflow.changeStatus(id, version, status));
    }

    @POST
    @Path("{id}/closure")
    @Operation(operationId = "requestCaseClosure", summary = "Close as CLOSED or CLOSED_REFERRED with a reason, or ask a supervisor to approve where the country "
            + "requires it; send the ETag in If-Match")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response requestClosure(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ClosureInput input) {
        ClosureInput in = Fields.body(input);
        CaseStatus status = Fields.code(CaseStatus.class, in.status(), "status");
        long version = Versions.required(ifMatch);
        return ok(workflow.requestClosure(id, version, status, in.reason()));
    }

    @POST
    @Path("{id}/closure/approval")
    @Operation(operationId = "approveCaseClosure", summary = "Approve the closure waiting on the case (supervisor of its country)")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response approveClosure(@PathParam("id") long id, CommentInput input) {
        return ok(workflow.approveClosure(id, input == null ? null : input.comment()));
    }

    @POST
    @Path("{id}/closure/rejection")
    @Operation(operationId = "rejectCaseClosure", summary = "Reject the closure waiting on the case, saying why (supervisor of its country)")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response rejectClosure(@PathParam("id") long id, CommentInput input) {
        return ok(workflow.rejectClosure(id, input == null ? null : input.comment()));
    }

    @POST
    @Path("{id}/reopening")
    @Operation(operationId = "reopenCase", summary = "Reopen a closed case, saying why (supervisor of its country)")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response reopen(@PathParam("id") long id, ReasonInput input) {
        return ok(workflow.reopen(id, input == null ? null : input.reason()));
    }

    @GET
    @Path("{id}/caseworkers")
    @Operation(operationId = "listCaseCaseworkers", summary = "The active caseworkers of the case's country, who could be assigned or put on the team "
            + "(for whoever may change who works on the case)")
    public List<UserRef> caseworkers(@PathParam("id") long id) {
        return queries.caseworkersFor(id);
    }

    @PUT
    @Path("{id}/assignee")
    @Operation(operationId = "assignCase", summary = "Assign the case to a caseworker of its country (owning agency, assignee or supervisor)")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response assign(@PathParam("id") long id, UserIdInput input) {
        return ok(team.assign(id, userId(input)));
    }

    @POST
    @Path("{id}/team")
    @Operation(operationId = "addCaseTeamMember", summary = "Add a caseworker of the case's country to its team (owning agency, assignee or supervisor)")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response addTeamMember(@PathParam("id") long id, UserIdInput input) {
        return ok(team.addTeamMember(id, userId(input)));
    }

    @DELETE
    @Path("{id}/team/{userId}")
    @Operation(operationId = "removeCaseTeamMember", summary = "Take a caseworker off the case's team (owning agency, assignee or supervisor)")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response removeTeamMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        return ok(team.removeTeamMember(id, userId));
    }

    @POST
    @Path("{id}/victims")
    @Operation(operationId = "addCaseVictim", summary = "Record another victim in the case")
    @APIResponse(responseCode = "201", description = "The victim recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VictimRow")))
    public Response addVictim(@PathParam("id") long id, VictimInput input, @Context UriInfo uri) {
        Added<VictimRow> added = entries.addVictim(id, Fields.body(input).details());
        return Response.created(uri.getBaseUriBuilder().path("victims").path(Long.toString(added.item().id())).build())
                .entity(added.item()).build();
    }

    @POST
    @Path("{id}/victims/{victimId}")
    @Operation(operationId = "linkCaseVictim", summary = "Link a victim already recorded in another case (the same person in this case too)")
    public VictimRow linkVictim(@PathParam("id") long id, @PathParam("victimId") long victimId) {
        return entries.linkVictim(id, victimId).item();
    }

    @POST
    @Path("{id}/notes")
    @Operation(operationId = "addCaseNote", summary = "Add a note to the case, as the caller and now")
    @APIResponse(responseCode = "201", description = "The note added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NoteView")))
    public Response addNote(@PathParam("id") long id, NoteInput input) {
        return created(entries.addNote(id, Fields.body(input).text()));
    }

    @POST
    @Path("{id}/events")
    @Operation(operationId = "addCaseEvent", summary = "Record a trafficking event (recruitment, transit, exploitation)")
    @APIResponse(responseCode = "201", description = "The event recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventView")))
    public Response addEvent(@PathParam("id") long id, EventInput input) {
        EventInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        EventType type = Fields.code(EventType.class, in.type(), "type", errors);
        LocalDate date = Fields.date(in.date(), "date", errors);
        errors.throwIfAny();
        return created(entries.addEvent(id, type, in.countryCode(), in.place(), date));
    }

    @POST
    @Path("{id}/support-plans")
    @Operation(operationId = "addCaseSupportPlan", summary = "Add a support plan")
    @APIResponse(responseCode = "201", description = "The support plan added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SupportPlanView")))
    public Response addSupportPlan(@PathParam("id") long id, SupportPlanInput input) {
        SupportPlanInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        SupportPlanType type = Fields.code(SupportPlanType.class, in.type(), "type", errors);
        LocalDate plannedEnd = Fields.date(in.plannedEnd(), "plannedEnd", errors);
        errors.check(in.actualEnd() == null, "actualEnd", "error.case.actualEnd");
        errors.throwIfAny();
        return created(entries.addSupportPlan(id, type, in.objectives(), plannedEnd));
    }

    @POST
    @Path("{id}/perpetrators")
    @Operation(operationId = "addCasePerpetrator", summary = "Record a (suspected) perpetrator in the case")
    @APIResponse(responseCode = "201", description = "The perpetrator recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PerpetratorView")))
    public Response addPerpetrator(@PathParam("id") long id, PerpetratorInput input) {
        PerpetratorInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        Set<PerpetratorRole> roles = Fields.codes(PerpetratorRole.class, in.roles(), "roles", errors);
        RelationshipToTrafficker relationship = Fields.code(RelationshipToTrafficker.class, in.relationship(), "relationship",
                errors);
        errors.throwIfAny();
        return created(entries.addPerpetrator(id, in.name(), roles, relationship, in.organisation()));
    }

    // --- Complete records (issue 11 item 11): the narrative, editing and voiding entries, documents ---

    @PUT
    @Path("{id}/narrative")
    @Operation(operationId = "updateCaseNarrative", summary = "Replace the case's account of what happened (an empty text clears it); send the case's ETag in If-Match",
            description = "text is required: at most 10000 characters, line breaks allowed; a longer text is refused, never cut.")
    @APIResponse(responseCode = "200", description = "The case as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CaseSheet")))
    public Response writeNarrative(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, NarrativeInput input) {
        NarrativeInput in = Fields.body(input);
        if (in.text() == null) {
            throw ValidationException.of("text", "error.case.text");
        }
        long version = Versions.required(ifMatch);
        return ok(workflow.writeNarrative(id, version, in.text()));
    }

    @PUT
    @Path("{id}/events/{eventId}")
    @Operation(operationId = "updateCaseEvent", summary = "Change a trafficking event; send the event's version in If-Match")
    @APIResponse(responseCode = "200", description = "The event as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventView")))
    public Response reviseEvent(@PathParam("id") long id, @PathParam("eventId") long eventId,
            @HeaderParam("If-Match") String ifMatch, EventInput input) {
        EventInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        EventType type = Fields.code(EventType.class, in.type(), "type", errors);
        LocalDate date = Fields.date(in.date(), "date", errors);
        errors.throwIfAny();
        long version = Versions.required(ifMatch);
        Added<EventView> e = entries.reviseEvent(id, eventId, version, type, in.countryCode(), in.place(), date);
        return Versions.ok(e.item(), e.item().version()).build();
    }

    @POST
    @Path("{id}/events/{eventId}/void")
    @Operation(operationId = "voidCaseEvent", summary = "Void a trafficking event with a reason (it stays, visible to supervisors as voided); send its version in If-Match")
    @APIResponse(responseCode = "200", description = "The event, voided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventView")))
    public Response voidEvent(@PathParam("id") long id, @PathParam("eventId") long eventId,
            @HeaderParam("If-Match") String ifMatch, ReasonInput input) {
        String reason = Fields.body(input).reason();
        Added<EventView> e = entries.voidEvent(id, eventId, Versions.required(ifMatch), reason);
        return Versions.ok(e.item(), e.item().version()).build();
    }

    @PUT
    @Path("{id}/support-plans/{planId}")
    @Operation(operationId = "updateCaseSupportPlan", summary = "Change a support plan, its actual end included; send the plan's version in If-Match",
            description = "actualEnd (YYYY-MM-DD) is neither before the plan started (startedOn) nor in the future.")
    @APIResponse(responseCode = "200", description = "The support plan as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SupportPlanView")))
    public Response reviseSupportPlan(@PathParam("id") long id, @PathParam("planId") long planId,
            @HeaderParam("If-Match") String ifMatch, SupportPlanInput input) {
        SupportPlanInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        SupportPlanType type = Fields.code(SupportPlanType.class, in.type(), "type", errors);
        LocalDate plannedEnd = Fields.date(in.plannedEnd(), "plannedEnd", errors);
        LocalDate actualEnd = Fields.date(in.actualEnd(), "actualEnd", errors);
        errors.throwIfAny();
        long version = Versions.required(ifMatch);
        Added<SupportPlanView> p = entries.reviseSupportPlan(id, planId, version, type, in.objectives(), plannedEnd, actualEnd);
        return Versions.ok(p.item(), p.item().version()).build();
    }

    @POST
    @Path("{id}/support-plans/{planId}/void")
    @Operation(operationId = "voidCaseSupportPlan", summary = "Void a support plan with a reason (it stays, visible to supervisors as voided); send its version in If-Match")
    @APIResponse(responseCode = "200", description = "The support plan, voided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SupportPlanView")))
    public Response voidSupportPlan(@PathParam("id") long id, @PathParam("planId") long planId,
            @HeaderParam("If-Match") String ifMatch, ReasonInput input) {
        String reason = Fields.body(input).reason();
        Added<SupportPlanView> p = entries.voidSupportPlan(id, planId, Versions.required(ifMatch), reason);
        return Versions.ok(p.item(), p.item().version()).build();
    }

    @PUT
    @Path("{id}/perpetrators/{perpetratorId}")
    @Operation(operationId = "updateCasePerpetrator", summary = "Change a perpetrator; send the perpetrator's version in If-Match")
    @APIResponse(responseCode = "200", description = "The perpetrator as it is now; the ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PerpetratorView")))
    public Response revisePerpetrator(@PathParam("id") long id, @PathParam("perpetratorId") long perpetratorId,
            @HeaderParam("If-Match") String ifMatch, PerpetratorInput input) {
        PerpetratorInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        Set<PerpetratorRole> roles = Fields.codes(PerpetratorRole.class, in.roles(), "roles", errors);
        RelationshipToTrafficker relationship = Fields.code(RelationshipToTrafficker.class, in.relationship(), "relationship",
                errors);
        errors.throwIfAny();
        long version = Versions.required(ifMatch);
        Added<PerpetratorView> p = entries.revisePerpetrator(id, perpetratorId, version, in.name(), roles, relationship,
                in.organisation());
        return Versions.ok(p.item(), p.item().version()).build();
    }

    @POST
    @Path("{id}/perpetrators/{perpetratorId}/void")
    @Operation(operationId = "voidCasePerpetrator", summary = "Void a perpetrator with a reason (it stays, visible to supervisors as voided); send its version in If-Match")
    @APIResponse(responseCode = "200", description = "The perpetrator, voided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PerpetratorView")))
    public Response voidPerpetrator(@PathParam("id") long id, @PathParam("perpetratorId") long perpetratorId,
            @HeaderParam("If-Match") String ifMatch, ReasonInput input) {
        String reason = Fields.body(input).reason();
        Added<PerpetratorView> p = entries.voidPerpetrator(id, perpetratorId, Versions.required(ifMatch), reason);
        return Versions.ok(p.item(), p.item().version()).build();
    }

    @GET
    @Path("{id}/documents")
    @Operation(operationId = "listCaseDocuments", summary = "The case's documents, oldest first (voided ones, marked, for supervisors only); never their content")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return documentService.ofCase(id);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "attachCaseDocument", summary = "Attach a document to the case: the file's bytes as the body, its name in 'name', what it is in 'kind'",
            description = "kind is CONSENT_FORM, IDENTITY_DOCUMENT, PHOTO, REPORT or OTHER. The format is recognised by the content "
                    + "(PDF, PNG, JPEG, Word, Excel, PowerPoint), never by the Content-Type sent or the name; the name's extension must "
                    + "agree. At most casebridge.documents.max-bytes (10 MB by default).")
    @APIResponse(responseCode = "201", description = "The document attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentView")))
    public Response attachDocument(@PathParam("id") long id, @QueryParam("name") String name, @QueryParam("kind") String kind,
            InputStream body) throws IOException {
        DocumentKind k = Fields.code(DocumentKind.class, kind, "kind");
        byte[] content = DocumentResource.read(body, documentService.maxBytes());
        return Response.status(Response.Status.CREATED).entity(documentService.attachToCase(id, k, name, content)).build();
    }

    private static Response ok(CaseSheet c) {
        return Versions.ok(c, c.version()).build();
    }

    private static Response created(Added<?> added) {
        return Response.status(Response.Status.CREATED).entity(added.item()).build();
    }

    private static long userId(UserIdInput input) {
        if (input == null || input.userId() == null) {
            throw ValidationException.of("userId", "error.case.userId");
        }
        return input.userId();
    }
}
