package org.casebridge.interfaces.casefile.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.application.Page;
import org.casebridge.application.casefile.CaseService;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseSort;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.interfaces.shared.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trafficking cases: the list (filtered and paged in the database, within the caller's scope),
 * intake, the case in full, its description, workflow, team and the records added to it. A case the
 * caller may not see answers 404 exactly like a missing one.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cases")
public class CaseResource {

    @Inject
    CaseService cases;

    @GET
    @Operation(summary = "The cases the caller may see, filtered; continue with the 'next' token in 'after'",
            description = "status is repeatable; risk is the lowest level wanted; from/to bound the identification date "
                    + "(YYYY-MM-DD); mine=true lists the caller's own cases; sort is IDENTIFIED, NUMBER, RISK or CHANGED.")
    public CasePageDto list(@QueryParam("q") String q, @QueryParam("number") String number,
            @QueryParam("status") List<String> status, @QueryParam("stage") String stage, @QueryParam("risk") String risk,
            @QueryParam("exploitation") String exploitation, @QueryParam("country") String country,
            @QueryParam("assignedTo") String assignedTo, @QueryParam("mine") String mine, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("overdue") String overdue, @QueryParam("sort") String sort,
            @QueryParam("asc") String asc, @QueryParam("first") String first, @QueryParam("size") String size,
            @QueryParam("after") String after) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String search = Text.oneLine(q, CaseQuery.QUICK_SEARCH_MAX, "q", "The search", errors);
        String numberPrefix = Text.oneLine(number, CaseQuery.NUMBER_PREFIX_MAX, "number", "The case number", errors);
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        if (status != null) {
            status.forEach(s -> {
                CaseStatus st = Fields.code(CaseStatus.class, s, "status", errors);
                if (st != null) {
                    statuses.add(st);
                }
            });
        }
        CaseStage stageValue = Fields.code(CaseStage.class, stage, "stage", errors);
        RiskLevel riskValue = Fields.code(RiskLevel.class, risk, "risk", errors);
        ExploitationType exploitationValue = Fields.code(ExploitationType.class, exploitation, "exploitation", errors);
        errors.check(country == null || country.isBlank() || country.trim().matches("[A-Za-z]{2}"), "country",
                "A country is its two-letter ISO code.");
        Long assignee = number(assignedTo, "assignedTo", errors);
        boolean mineValue = flag(mine, "mine", errors);
        errors.check(!mineValue || assignee == null, "mine", "Give assignedTo or mine, not both.");
        LocalDate fromDate = Fields.date(from, "from", errors);
        LocalDate toDate = Fields.date(to, "to", errors);
        boolean overdueValue = flag(overdue, "overdue", errors);
        CaseSort sortValue = Fields.code(CaseSort.class, sort, "sort", errors);
        boolean ascending = flag(asc, "asc", errors);
        Long firstValue = number(first, "first", errors);
        Long sizeValue = number(size, "size", errors);
        errors.throwIfAny();
        CaseQuery query = new CaseQuery(search, numberPrefix, statuses, stageValue, riskValue, exploitationValue, country, assignee,
                fromDate, toDate, overdueValue, sortValue == null ? CaseSort.IDENTIFIED : sortValue, ascending);
        int firstRow = Page.first(firstValue == null ? null : (int) Math.min(firstValue, Integer.MAX_VALUE));
        int pageSize = Page.size(sizeValue == null ? null : (int) Math.min(sizeValue, Integer.MAX_VALUE));
        return CasePageDto.of(mineValue ? cases.listMine(query, after, firstRow, pageSize)
                : cases.list(query, after, firstRow, pageSize));
    }

    @POST
    @Operation(summary = "Open a case: the case, its first victim and consents, saved together or not at all")
    public Response open(IntakeInput input, @Context UriInfo uri) {
        CaseFile c = cases.open(Fields.body(input).intake());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.getId())).build())
                .entity(CaseDto.of(c)).tag(Versions.tag(c.getVersion())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The case in full; the ETag is its version")
    public Response get(@PathParam("id") long id) {
        CaseFile c = cases.get(id);
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace the description of the case; send the ETag in If-Match",
            description = "Only the fields of CaseInput; a body naming any other field (number, status, owner...) is refused.")
    public Response describe(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CaseInput input) {
        CaseInput in = Fields.body(input);
        long version = Versions.required(ifMatch);
        CaseFile c = cases.describe(id, version, in.details());
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move an open case between ACTIVE and FOLLOW_UP; send the ETag in If-Match")
    public Response changeStatus(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, StatusInput input) {
        CaseStatus status = Fields.code(CaseStatus.class, Fields.body(input).status(), "status");
        long version = Versions.required(ifMatch);
        CaseFile c = cases.changeStatus(id, version, status);
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close as CLOSED or CLOSED_REFERRED with a reason, or ask a supervisor to approve where the country "
            + "requires it; send the ETag in If-Match")
    public Response requestClosure(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ClosureInput input) {
        ClosureInput in = Fields.body(input);
        CaseStatus status = Fields.code(CaseStatus.class, in.status(), "status");
        long version = Versions.required(ifMatch);
        CaseFile c = cases.requestClosure(id, version, status, in.reason());
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @POST
    @Path("{id}/closure/approval")
    @Operation(summary = "Approve the closure waiting on the case (supervisor of its country)")
    public Response approveClosure(@PathParam("id") long id, CommentInput input) {
        CaseFile c = cases.approveClosure(id, input == null ? null : input.comment());
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @POST
    @Path("{id}/closure/rejection")
    @Operation(summary = "Reject the closure waiting on the case, saying why (supervisor of its country)")
    public Response rejectClosure(@PathParam("id") long id, CommentInput input) {
        CaseFile c = cases.rejectClosure(id, input == null ? null : input.comment());
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @POST
    @Path("{id}/reopening")
    @Operation(summary = "Reopen a closed case, saying why (supervisor of its country)")
    public Response reopen(@PathParam("id") long id, ReasonInput input) {
        CaseFile c = cases.reopen(id, input == null ? null : input.reason());
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @PUT
    @Path("{id}/assignee")
    @Operation(summary = "Assign the case to a caseworker of its country (owning agency or supervisor)")
    public Response assign(@PathParam("id") long id, UserIdInput input) {
        CaseFile c = cases.assign(id, userId(input, "userId"));
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @POST
    @Path("{id}/team")
    @Operation(summary = "Add a caseworker of the case's country to its team (owning agency or supervisor)")
    public Response addTeamMember(@PathParam("id") long id, UserIdInput input) {
        CaseFile c = cases.addTeamMember(id, userId(input, "userId"));
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @DELETE
    @Path("{id}/team/{userId}")
    @Operation(summary = "Take a caseworker off the case's team (owning agency or supervisor)")
    public Response removeTeamMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        CaseFile c = cases.removeTeamMember(id, userId);
        return Versions.ok(CaseDto.of(c), c.getVersion()).build();
    }

    @POST
    @Path("{id}/victims")
    @Operation(summary = "Record another victim in the case")
    public Response addVictim(@PathParam("id") long id, VictimInput input, @Context UriInfo uri) {
        Victim v = cases.addVictim(id, Fields.body(input).details());
        return Response.created(uri.getBaseUriBuilder().path("victims").path(Long.toString(v.getId())).build())
                .entity(VictimDto.of(v)).tag(Versions.tag(v.getVersion())).build();
    }

    @POST
    @Path("{id}/victims/{victimId}")
    @Operation(summary = "Link a victim already recorded in another case (the same person in this case too)")
    public VictimSummaryDto linkVictim(@PathParam("id") long id, @PathParam("victimId") long victimId) {
        return VictimSummaryDto.of(cases.linkVictim(id, victimId));
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Add a note to the case, as the caller and now")
    public Response addNote(@PathParam("id") long id, NoteInput input) {
        return created(NoteDto.of(cases.addNote(id, Fields.body(input).text())));
    }

    @POST
    @Path("{id}/events")
    @Operation(summary = "Record a trafficking event (recruitment, transit, exploitation)")
    public Response addEvent(@PathParam("id") long id, EventInput input) {
        EventInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        EventType type = Fields.code(EventType.class, in.type(), "type", errors);
        LocalDate date = Fields.date(in.date(), "date", errors);
        errors.throwIfAny();
        return created(EventDto.of(cases.addEvent(id, type, in.countryCode(), in.place(), date)));
    }

    @POST
    @Path("{id}/support-plans")
    @Operation(summary = "Add a support plan")
    public Response addSupportPlan(@PathParam("id") long id, SupportPlanInput input) {
        SupportPlanInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        SupportPlanType type = Fields.code(SupportPlanType.class, in.type(), "type", errors);
        LocalDate plannedEnd = Fields.date(in.plannedEnd(), "plannedEnd", errors);
        errors.throwIfAny();
        return created(SupportPlanDto.of(cases.addSupportPlan(id, type, in.objectives(), plannedEnd)));
    }

    @POST
    @Path("{id}/perpetrators")
    @Operation(summary = "Record a (suspected) perpetrator in the case")
    public Response addPerpetrator(@PathParam("id") long id, PerpetratorInput input) {
        PerpetratorInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        Set<PerpetratorRole> roles = Fields.codes(PerpetratorRole.class, in.roles(), "roles", errors);
        RelationshipToTrafficker relationship = Fields.code(RelationshipToTrafficker.class, in.relationship(), "relationship",
                errors);
        errors.throwIfAny();
        return created(PerpetratorDto.of(cases.addPerpetrator(id, in.name(), roles, relationship, in.organisation())));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }

    private static long userId(UserIdInput input, String field) {
        if (input == null || input.userId() == null) {
            throw ValidationException.of(field, "Name the caseworker by user id.");
        }
        return input.userId();
    }

    private static boolean flag(String value, String field, ValidationException.Collector errors) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.trim();
        errors.check(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"), field, "Use true or false.");
        return v.equalsIgnoreCase("true");
    }

    private static Long number(String value, String field, ValidationException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            errors.check(n >= 0, field, "Use a whole number of 0 or more.");
            return n;
        } catch (NumberFormatException e) {
            errors.add(field, "Use a whole number.");
            return null;
        }
    }
}
