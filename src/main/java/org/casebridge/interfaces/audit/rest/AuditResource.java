package org.casebridge.interfaces.audit.rest;

import org.casebridge.interfaces.shared.export.Labels;
import org.casebridge.interfaces.shared.export.ListColumns;
import org.casebridge.interfaces.shared.export.RestDownload;
import org.casebridge.interfaces.shared.export.Spreadsheet;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casebridge.application.Page;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.application.audit.AuditService;
import org.casebridge.application.audit.CheckpointOutcome;
import org.casebridge.application.audit.Countersigned;
import org.casebridge.application.audit.WitnessService;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of the supervisor's country: the log, a record's history, verification, checkpoints, export. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    WitnessService witnesses;

    @Inject
    UserLocale userLocale;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "The audit log of your country, newest first; from/to are ISO instants or dates (UTC, 'to' inclusive for a date); "
            + "hideOwnViews=true leaves out your own reads of the audit log")
    public Page<AuditEntryDto> list(@Valid @BeanParam AuditListParams params) {
        return audit.search(params.filter(), params.hideOwnViews(), params.firstRow(), params.pageSize())
                .map(AuditEntryDto::of);
    }

    @GET
    @Path("records/{type}/{id}")
    @Operation(operationId = "listRecordAccess", summary = "Who accessed one record, newest first")
    public Page<AuditEntryDto> record(@PathParam("type") String type, @PathParam("id") String id,
            @Valid @BeanParam PageParams params) {
        return audit.recordHistory(type, id, params.firstRow(), params.pageSize()).map(AuditEntryDto::of);
    }

    @GET
    @Path("verification")
    @Operation(operationId = "verifyAuditChain", summary = "Walk the whole chain and check it against every stored checkpoint")
    public VerificationDto verify() {
        return VerificationDto.of(audit.verify(), userLocale.forApi());
    }

    @POST
    @Path("verification")
    @Operation(operationId = "verifyAuditChainAgainstCheckpoint", summary = "Walk the whole chain against a checkpoint you kept off the server (as from GET /api/audit/checkpoints/latest) and every stored one")
    public VerificationDto verifyFrom(CheckpointDto checkpoint) {
        AuditCheckpoint trusted = checkpoint == null ? null : checkpoint.toCheckpoint();
        if (trusted == null) {
            throw ValidationException.of("checkpoint", "error.audit.checkpoint");
        }
        return VerificationDto.of(audit.verifyFrom(trusted), userLocale.forApi());
    }

    @POST
    @Path("verification/checkpoints")
    @Operation(operationId = "verifyAuditChainAgainstCopy", summary = "Walk the whole chain against checkpoints kept off the server and every stored one: the body is a witness's copy as GET /api/audit/witness/sources/{source}/checkpoints on the witness gives it ({\"items\": [checkpoints]}; an exported checkpoint is such an item)")
    public VerificationDto verifyAgainst(WitnessedCopyDto copy) {
        List<AuditCheckpoint> given = copy == null || copy.items() == null ? null
                : copy.items().stream().map(c -> c == null ? null : c.toCheckpoint()).toList();
        return VerificationDto.of(audit.verifyAgainst(given), userLocale.forApi());
    }

    @GET
    @Path("checkpoints")
    @Operation(operationId = "listAuditCheckpoints", summary = "The signed checkpoints, lowest sequence first, with the public key, its key id and who witnessed each (for witnesses; administrators and supervisors); continue with after=next")
    public CheckpointListDto checkpoints(@Valid @BeanParam PageParams params) {
        return CheckpointListDto.of(witnesses.checkpoints(params.afterId(), params.pageSize()));
    }

    @POST
    @Path("checkpoints/{seq}/witnesses")
    @Operation(operationId = "addCheckpointCountersignature", summary = "A witness's countersignature of a checkpoint, checked with the witness's pinned key (casebridge.audit.witnesses); 409 and an alarm when the witness holds a checkpoint signed here that is no longer stored as it was")
    public Response countersigned(@PathParam("seq") String seq, CountersignatureDto body) {
        long sequence = sequence(seq);
        if (body == null) {
            throw ValidationException.of("countersignature", "error.audit.countersignature");
        }
        Countersigned outcome = witnesses.countersigned(sequence, body.publicKey(), body.headHash(), body.createdAt(),
                body.signature(), body.witnessedAt(), body.countersignature());
        if (outcome.conflict() != null) {
            throw new DomainException("error.audit.witnessConflict", sequence);
        }
        return Response.ok(new CheckpointListDto.Witness(outcome.stored().getWitness(), outcome.stored().getWitnessedAt()))
                .build();
    }

    @POST
    @Path("checkpoints")
    @Operation(operationId = "createAuditCheckpoint", summary = "Verify the chain since the latest valid checkpoint and sign its head (409 and an alarm when it does not verify); keep the answer off the server")
    public Response checkpoint() {
        CheckpointOutcome outcome = audit.checkpoint();
        if (!outcome.signed()) {
            // The alarm is on the trail already (committed); the answer says why nothing was signed.
            throw new DomainException("error.audit.checkpointRefused", outcome.refusal().firstBadSequence());
        }
        return Response.ok(CheckpointDto.of(outcome.checkpoint(), audit.publicKey())).build();
    }

    @GET
    @Path("checkpoints/latest")
    @Operation(operationId = "getLatestAuditCheckpoint", summary = "The latest stored checkpoint whose signature holds, with the public key that verifies it")
    public CheckpointDto latestCheckpoint() {
        return audit.latestCheckpoint().map(c -> CheckpointDto.of(c, audit.publicKey()))
                .orElseThrow(() -> new RecordNotFoundException("checkpoint"));
    }

    @GET
    @Path("xlsx")
    @Produces({Spreadsheet.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadAuditEntriesXlsx", summary = "The audit log with the filters and order of listAuditEntries, all of it, as an Excel (XLSX) download (supervisors)",
            description = "The columns of the audit log screen. Refused (400, nothing written) when more entries than "
                    + "casebridge.download.max-rows match; audited as EXPORT with the sequence numbers.")
    public Response xlsx(@Valid @BeanParam AuditListParams params) {
        return RestDownload.xlsx("audit-log", Labels.text("audit.log.title"), ListColumns.auditEntries(),
                audit.exportRows(params.filter(), params.hideOwnViews()));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(operationId = "exportAuditEntries", summary = "The filtered log as CSV (at most 50,000 rows); same filters as GET /api/audit")
    public Response export(@Valid @BeanParam AuditListParams params) {
        String csv = audit.exportCsv(params.filter(), params.hideOwnViews());
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"casebridge-audit.csv\"").build();
    }

    /** A checkpoint sequence in a path: a whole number, else 400. */
    static long sequence(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (RuntimeException e) {
            throw ValidationException.of("seq", "error.audit.seq");
        }
    }

    static AuditFilter filter(String username, String agency, String action, String recordType, String recordId,
            String outcome, String from, String to, String sort, boolean asc) {
        ValidationException.Collector errors = new ValidationException.Collector();
        AuditAction a = constant(AuditAction.class, action, "action", errors);
        AuditOutcome o = constant(AuditOutcome.class, outcome, "outcome", errors);
        Instant start = instant(from, false, "from", errors);
        Instant end = instant(to, true, "to", errors);
        errors.throwIfAny();
        return new AuditFilter(null, blankToNull(username), blankToNull(agency), a, blankToNull(recordType),
                blankToNull(recordId), o, start, end, blankToNull(sort), asc);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field,
            ValidationException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "error.field.unknownCode", names(type));
            return null;
        }
    }

    /** An ISO instant, or a date meaning its start (UTC); a date as the end of a range includes that day. */
    private static Instant instant(String value, boolean end, String field, ValidationException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return v.length() == 10 ? LocalDate.parse(v).plusDays(end ? 1 : 0).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(field, "error.param.when");
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
