package org.casebridge.interfaces.export.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.casebridge.application.export.ExportDownload;
import org.casebridge.application.export.ExportJobView;
import org.casebridge.application.export.ExportService;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.casebridge.domain.model.account.UserQueryText;
import org.casebridge.domain.model.audit.AuditQueryText;
import org.casebridge.domain.model.cooperation.RequestQueryText;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportKind;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.referral.ReferralQueryText;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.account.rest.UserListParams;
import org.casebridge.interfaces.audit.rest.AuditListParams;
import org.casebridge.interfaces.casefile.rest.CaseListParams;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.casebridge.interfaces.cooperation.rest.RequestListParams;
import org.casebridge.interfaces.referral.rest.ReferralListParams;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exports run in the background: ask for one (202 with the job and its Location), poll it, download its
 * file when DONE (kept 24 hours). HTCDS_CASES is a supervisor's, of their own country; K_ANONYMOUS an
 * analyst's; LIST_XLSX a list's (cases, referrals, cooperation-requests, audit-log, users) for whoever sees that list. A job is its
 * owner's alone: another's answers 404 exactly like a missing one.
 */
@Path("exports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "exports")
public class ExportResource {

    @Inject
    ExportService exports;

    @Inject
    Validator validator;

    @Inject
    UserLocale userLocale;

    @POST
    @Operation(operationId = "createExport", summary = "Ask for an export (kind HTCDS_CASES or K_ANONYMOUS, format CSV, filters; or LIST_XLSX with list and query); it runs in the background",
            description = "HTCDS_CASES: a supervisor's own country's cases in HTCDS 2.0 form; identifying fields (NAMES, BIRTH_DATE, "
                    + "CONTACT) only when listed in filters.identifying with a reason of at least 10 characters. K_ANONYMOUS: an "
                    + "analyst's k-anonymous records of every country (or filters.country). LIST_XLSX (format XLSX): a list the "
                    + "caller sees, as its XLSX download makes it, for a list longer than casebridge.download.max-rows; list "
                    + "'cases' with query holding GET /api/cases's filter and sort parameters (e.g. status=ACTIVE&mine=true), "
                    + "for caseworkers and supervisors; 'referrals' with GET /api/referrals's (e.g. status=SENT&overdue=true), "
                    + "for caseworkers, supervisors and partners (a partner's inbox); 'cooperation-requests' with "
                    + "GET /api/cooperation-requests's (e.g. direction=INCOMING&type=FAMILY_TRACING), for focal points and "
                    + "supervisors; 'audit-log' with GET /api/audit's (e.g. action=DENIED&from=2026-12-01), for supervisors "
                    + "(their country's log up to its last entry when the export starts); 'users' with GET /api/users's (e.g. "
                    + "filter=jm), for administrators (every account) and supervisors (their country's); each in the caller's "
                    + "scope. An export over "
                    + "casebridge.export.max-rows rows is refused (400), never cut short.")
    @APIResponse(responseCode = "202", description = "The job, QUEUED; Location is where to poll it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExportJobView")))
    public Response create(ExportInput input, @Context UriInfo uri) {
        ExportInput in = Fields.body(input);
        ExportKind kind = in.exportKind();
        ExportJobView job;
        if (kind.isList()) {
            job = list(in);
        } else {
            if (in.list() != null || in.query() != null) {
                throw ValidationException.of("list", "error.export.listOnly");
            }
            job = exports.submit(kind, in.exportFormat(), in.exportFilters());
        }
        job = worded(job);
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(Long.toString(job.id())).build()).build();
    }

    /** A list's export: the list named, its parameters checked as its GET checks them, the format XLSX. */
    private ExportJobView list(ExportInput in) {
        if (in.filters() != null) {
            throw ValidationException.of("filters", "error.export.listFilters");
        }
        if (in.exportFormat() != ExportFormat.XLSX) {
            throw ValidationException.of("format", "error.export.listFormat");
        }
        if (in.list() == null || !ListSelection.LISTS.contains(in.list())) {
            throw ValidationException.of("list", "error.export.list", String.join(", ", ListSelection.LISTS));
        }
        return switch (in.list()) {
            case ListSelection.CASES -> {
                CaseListParams params = valid(CaseListParams.parse(in.query(), "query"));
                yield exports.submitCaseList(params.listQuery(), params.listMine());
            }
            case ListSelection.AUDIT_LOG -> exports.submitList(in.list(),
                    AuditQueryText.encode(valid(AuditListParams.parse(in.query(), "query")).listQuery()));
            case ListSelection.USERS -> exports.submitList(in.list(),
                    UserQueryText.encode(valid(UserListParams.parse(in.query(), "query")).listFilter()));
            case ListSelection.REFERRALS -> exports.submitList(in.list(),
                    ReferralQueryText.encode(valid(ReferralListParams.parse(in.query(), "query")).listQuery()));
            default -> exports.submitList(in.list(),
                    RequestQueryText.encode(valid(RequestListParams.parse(in.query(), "query")).listQuery()));
        };
    }

    /** {@code params} once Bean Validation has checked them as the list's GET checks its parameters (400 naming them). */
    private <P> P valid(P params) {
        Set<ConstraintViolation<P>> wrong = validator.validate(params);
        if (!wrong.isEmpty()) {
            throw new ConstraintViolationException(wrong);
        }
        return params;
    }

    @GET
    @Operation(operationId = "listExports", summary = "The caller's own export jobs, newest first (at most 50)")
    public List<ExportJobView> list() {
        return exports.mine().stream().map(this::worded).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getExport", summary = "One of the caller's export jobs: status, progress (percent), rows")
    public ExportJobView get(@PathParam("id") long id) {
        return worded(exports.read(id));
    }

    @GET
    @Path("{id}/file")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM,
            MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadExport", summary = "The file of one of the caller's DONE export jobs, always as a download; 409 before DONE or after it expired")
    public Response file(@PathParam("id") long id) {
        ExportDownload d = exports.download(id);
        Response.ResponseBuilder r = Response.ok(d.content(), d.mediaType());
        Downloads.attachmentHeaders(d.fileName()).forEach(r::header);
        return r.build();
    }

    /** The job with its failure, if any, in the language of the request. */
    private ExportJobView worded(ExportJobView job) {
        return job.failureText() == null ? job : job.withFailure(Texts.text(userLocale.forApi(), job.failureText()));
    }
}
