package org.casebridge.interfaces.referral.rest;

import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.RestDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralRow;
import java.util.List;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Set;
import org.casebridge.application.referral.ReferralAnswerService;
import org.casebridge.application.referral.ReferralQueryService;
import org.casebridge.application.referral.ReferralSendingService;
import org.casebridge.application.referral.view.ReferralPage;
import org.casebridge.application.referral.view.ReferralView;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.casebridge.interfaces.shared.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Referrals of victims to partner agencies. The sending side (caseworkers of the case, supervisors of
 * the sending country) gets the referral with case and victim ids; the partner it is addressed to gets
 * its own view: the referral and the summary the sender chose, nothing of the case. A referral the
 * caller may not see answers 404 exactly like a missing one. Changes need the ETag in If-Match.
 */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "referrals")
public class ReferralResource {

    @Inject
    ReferralQueryService queries;

    @Inject
    ReferralSendingService sending;

    @Inject
    ReferralAnswerService answers;

    @GET
    @Operation(operationId = "listReferrals", summary = "The referrals the caller may see, newest first: a partner's inbox, or those of the cases a "
            + "caseworker may read and a supervisor's country",
            description = "status is repeatable (DRAFT, SENT, ACCEPTED, DECLINED, COMPLETED, REVOKED); overdue=true lists SENT "
                    + "referrals past their response-due time; agency is the recipient agency's id; continue with 'next' in 'after'.")
    public ReferralPage<Object> list(@Valid @BeanParam ReferralListParams params) {
        // a concrete type for Jersey, which warns at every start about a wildcard it cannot resolve: the rows are a
        // partner's or the sending side's, both written as JSON objects
        ReferralPage<?> page = queries.list(params.query(), params.afterId(), params.pageSize());
        return new ReferralPage<>(List.copyOf(page.items()), page.total(), page.next());
    }

    @GET
    @Path("xlsx")
    @Produces({Spreadsheet.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadReferralsXlsx", summary = "The referral list with the filters of listReferrals, all of it, as an Excel (XLSX) download",
            description = "The columns of the referral table (a partner's inbox has no recipient column). Refused (400, "
                    + "nothing written) when more rows than casebridge.download.max-rows match; audited as EXPORT with the ids.")
    @SuppressWarnings("unchecked")
    public Response xlsx(@Valid @BeanParam ReferralListParams params) {
        boolean inbox = queries.listsInbox();
        List<?> rows = queries.export(params.query()).items();
        return inbox ? RestDownload.xlsx("referrals", Labels.text("referrals.title"), ListColumns.partnerReferrals(), (List<PartnerReferralRow>) rows)
                : RestDownload.xlsx("referrals", Labels.text("referrals.title"), ListColumns.referrals(), (List<ReferralRow>) rows);
    }

    @POST
    @Operation(operationId = "createReferral", summary = "Refer a victim of a case to a partner agency and send it, or save it as a draft (\"draft\": true)",
            description = "Sending needs the victim's consent to a service referral covering the agency (or its country, or any) "
                    + "today, or a supervisor's consent override on the draft; otherwise 409 naming consent and nothing is saved.")
    public Response create(ReferralInput input, @Context UriInfo uri) {
        ReferralView r = sending.create(Fields.body(input).referral());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(r.id())).build())
                .entity(r).tag(Versions.tag(r.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReferral", summary = "One referral as the caller may see it; the ETag is its version")
    public Response get(@PathParam("id") long id) {
        return ok(queries.read(id));
    }

    @POST
    @Path("{id}/sending")
    @Operation(operationId = "sendReferral", summary = "Send a draft (whoever works on the case); the victim summary is taken now and frozen")
    public Response send(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(sending.send(id, Versions.required(ifMatch)));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptReferral", summary = "Accept a sent referral (the partner it is addressed to)")
    public Response accept(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return ok(answers.accept(id, Versions.required(ifMatch)));
    }

    @POST
    @Path("{id}/declination")
    @Operation(operationId = "declineReferral", summary = "Decline a sent referral, saying why (the partner it is addressed to)")
    public Response decline(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ReasonInput input) {
        ReasonInput in = Fields.body(input);
        return ok(answers.decline(id, Versions.required(ifMatch), in.reason()));
    }

    @POST
    @Path("{id}/completion")
    @Operation(operationId = "completeReferral", summary = "Complete an accepted referral with the outcome, the services delivered and the date (the partner)")
    public Response complete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CompletionInput input) {
        CompletionInput in = Fields.body(input);
        ValidationException.Collector errors = new ValidationException.Collector();
        Set<ServiceType> delivered = Fields.codes(ServiceType.class, in.servicesDelivered(), "servicesDelivered", errors);
        LocalDate on = Fields.date(in.completedOn(), "completedOn", errors);
        errors.throwIfAny();
        return ok(answers.complete(id, Versions.required(ifMatch), in.outcome(), delivered, on));
    }

    @POST
    @Path("{id}/revocation")
    @Operation(operationId = "revokeReferral", summary = "Revoke a sent or accepted referral, saying why (the sending agency or a supervisor of the sending country)")
    public Response revoke(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ReasonInput input) {
        ReasonInput in = Fields.body(input);
        return ok(sending.revoke(id, Versions.required(ifMatch), in.reason()));
    }

    @POST
    @Path("{id}/consent-override")
    @Operation(operationId = "overrideReferralConsent", summary = "Allow sending a draft without the victim's consent, on a legal basis (a supervisor of the sending "
            + "country); audited and shown on the referral to both sides")
    public Response overrideConsent(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OverrideInput input) {
        OverrideInput in = Fields.body(input);
        return ok(sending.overrideConsent(id, Versions.required(ifMatch), in.legalBasis()));
    }

    @POST
    @Path("{id}/summary-correction")
    @Operation(operationId = "correctReferralSummary", summary = "Correct the victim summary the partner sees (whoever works on the case, while SENT or ACCEPTED)",
            description = "The summary is taken again from the victim's record with the fields and texts given, frozen as a "
                    + "new version (summaryVersion), and the partner agency is told. Refused (409) after consent was withdrawn "
                    + "or when consent no longer covers the partner.")
    public Response correctSummary(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SummaryInput input) {
        return ok(sending.correctSummary(id, Versions.required(ifMatch), Fields.body(input).choice()));
    }

    private static Response ok(ReferralView r) {
        return Versions.ok(r, r.version()).build();
    }
}
