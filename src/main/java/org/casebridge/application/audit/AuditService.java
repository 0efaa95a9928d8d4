package org.casebridge.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.application.Caller.Actor;
import org.casebridge.application.Page;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.audit.AuditFilter;
import org.casebridge.domain.model.audit.AuditHead;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.audit.AuditVerifier;
import org.casebridge.domain.model.audit.VerificationResult;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * The supervisor's side of the audit trail: reading the log of their own country (entries by its
 * users or about its records), "who accessed this record", verifying the chain, signed checkpoints
 * and CSV export. Every one of these is itself put on the trail.
 */
@Stateless
@AuditedService
public class AuditService {

    public static final String RECORD = "audit";
    public static final int EXPORT_MAX = 50_000;

    /** Who checkpoints made by the timer are recorded as. */
    static final Actor SYSTEM = new Actor("system", null, null, null);

    private static final Pattern RECORD_TYPE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final String[] CSV_HEADER = {"seq", "occurred_at", "username", "roles", "agency", "country",
        "client_address", "server_node", "action", "record_type", "record_id", "record_country", "shown_ids",
        "outcome", "detail", "prev_hash", "entry_hash"};

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AuditLog log;

    @Inject
    AuditVerifier verifier;

    /** One page of the caller's country's log; the sequence numbers shown go on the trail. */
    public Page<AuditEntry> search(AuditFilter filter, int first, int size) {
        AuditFilter scoped = scoped(filter);
        int from = Page.first(first);
        int pageSize = Page.size(size);
        List<AuditEntry> items = log.find(scoped, from, pageSize);
        long total = log.count(scoped);
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, items.stream().map(AuditEntry::getSequence).toList(),
                filterDetail(scoped)));
        return new Page<>(items, total, from, pageSize);
    }

    /** Who accessed one record, newest first, within the caller's country. */
    public Page<AuditEntry> recordHistory(String recordType, String recordId, int first, int size) {
        UserAccount supervisor = supervisor();
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(recordType != null && RECORD_TYPE.matcher(recordType).matches(), "recordType",
                "A record type is letters, digits, '_', '.' or '-'.");
        errors.check(recordId != null && RECORD_ID.matcher(recordId).matches(), "recordId",
                "A record id is letters, digits, '_', '.', ':' or '-'.");
        errors.throwIfAny();
        AuditFilter filter = AuditFilter.forRecord(countryOf(supervisor), recordType, recordId);
        int from = Page.first(first);
        int pageSize = Page.size(size);
        List<AuditEntry> items = log.find(filter, from, pageSize);
        long total = log.count(filter);
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, items.stream().map(AuditEntry::getSequence).toList(),
                "record=" + recordType + ":" + recordId));
        return new Page<>(items, total, from, pageSize);
    }

    /** Walks the whole chain, and checks it against the latest stored checkpoint. */
    public VerificationResult verify() {
        supervisor();
        VerificationResult result = verifier.verifyAll();
        audit.record(verified(result, "all"));
        return result;
    }

    /** Walks the chain from a checkpoint the caller kept off the server. */
    public VerificationResult verifyFrom(AuditCheckpoint trusted) {
        supervisor();
        if (trusted == null || trusted.getHeadHash() == null || trusted.getSignature() == null
                || trusted.getCreatedAt() == null || trusted.getSequence() < 0) {
            throw ValidationException.of("checkpoint", "Send a checkpoint: sequence, headHash, createdAt and signature.");
        }
        VerificationResult result = verifier.verifyFrom(trusted);
        audit.record(verified(result, "from=" + trusted.getSequence()));
        return result;
    }

    /** Signs the current head of the chain and stores the checkpoint; export it to keep it off the server. */
    public AuditCheckpoint checkpoint() {
        supervisor();
        return signHead(null);
    }

    /** Whether the chain has moved past the latest checkpoint (and its own entry); for the hourly timer. */
    @NotAudited("reads only the chain's head position, no record and no entry")
    public boolean checkpointDue() {
        long head = log.lastSequence();
        return log.latestCheckpoint().map(c -> head > c.getSequence() + 1).orElse(head > 0);
    }

    /**
     * A checkpoint made by the timer, recorded as the system. A signed-in caller is held to the
     * same rule as {@link #checkpoint()}.
     */
    public AuditCheckpoint scheduledCheckpoint() {
        if (caller.account().isPresent()) {
            supervisor();
            return signHead(null);
        }
        return signHead(SYSTEM);
    }

    /** The latest stored checkpoint, to copy off the server. */
    public Optional<AuditCheckpoint> latestCheckpoint() {
        supervisor();
        Optional<AuditCheckpoint> latest = log.latestCheckpoint();
        audit.record(AuditEvent.of(AuditAction.EXPORT, RECORD, null, null)
                .detail(latest.map(c -> "checkpoint seq=" + c.getSequence()).orElse("checkpoint none")));
        return latest;
    }

    /** The key that verifies checkpoint signatures (Base64, X.509). */
    @NotAudited("the public verification key is no record and no secret")
    public String publicKey() {
        return verifier.publicKey();
    }

    /**
     * The entries matching {@code filter} in the caller's scope as CSV, at most {@link #EXPORT_MAX}
     * rows; a larger result is refused rather than cut short, so that no export looks complete when
     * it is not. Cells that a spreadsheet would read as a formula are prefixed with a quote.
     */
    public String exportCsv(AuditFilter filter) {
        AuditFilter scoped = scoped(filter);
        List<AuditEntry> rows = log.find(scoped, 0, EXPORT_MAX + 1);
        if (rows.size() > EXPORT_MAX) {
            throw ValidationException.of("filter", "More than " + EXPORT_MAX
                    + " entries match. Narrow the filter (for example the date range) and export in parts.");
        }
        StringBuilder csv = new StringBuilder(256 * (rows.size() + 1));
        line(csv, CSV_HEADER);
        for (AuditEntry e : rows) {
            line(csv, Long.toString(e.getSequence()), e.getOccurredAt().toString(), e.getUsername(), e.getRoles(),
                    e.getAgencyCode(), e.getCountryCode(), e.getClientAddress(), e.getServerNode(), e.getAction().name(),
                    e.getRecordType(), e.getRecordId(), e.getRecordCountry(), e.getShownIds(), e.getOutcome().name(),
                    e.getDetail(), e.getPreviousHash(), e.getEntryHash());
        }
        String detail = filterDetail(scoped);
        audit.record(AuditEvent.of(AuditAction.EXPORT, RECORD, null, null)
                .detail("rows=" + rows.size() + (detail == null ? "" : " " + detail)));
        return csv.toString();
    }

    private AuditCheckpoint signHead(Actor as) {
        AuditHead head = log.head();
        Optional<AuditCheckpoint> latest = log.latestCheckpoint();
        AuditCheckpoint checkpoint;
        String detail;
        if (latest.isPresent() && latest.get().getSequence() >= head.getLastSequence()) {
            checkpoint = latest.get();
            detail = "seq=" + checkpoint.getSequence() + " unchanged";
        } else {
            checkpoint = log.addCheckpoint(verifier.sign(head.getLastSequence(), head.getLastHash(), Instant.now()));
            detail = "seq=" + checkpoint.getSequence();
        }
        AuditEvent event = AuditEvent.of(AuditAction.CHECKPOINT, RECORD, null, null).detail(detail);
        audit.record(as == null ? event : event.by(as));
        return checkpoint;
    }

    private UserAccount supervisor() {
        return access.requireAnyRole(RECORD, Role.SUPERVISOR);
    }

    private AuditFilter scoped(AuditFilter filter) {
        UserAccount supervisor = supervisor();
        AuditFilter f = filter == null ? new AuditFilter(null, null, null, null, null, null, null, null, null, null, false)
                : filter;
        if (f.sortField() != null && !AuditFilter.SORTABLE.contains(f.sortField())) {
            throw ValidationException.of("sort", "Sort by one of " + String.join(", ", AuditFilter.SORTABLE.stream()
                    .sorted().toList()) + ".");
        }
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            throw ValidationException.of("to", "The end of the date range must be after its start.");
        }
        return f.withScope(countryOf(supervisor));
    }

    private static String countryOf(UserAccount supervisor) {
        if (supervisor.getAgency().getCountry() == null) {
            throw ValidationException.of("country", "A supervisor's agency must belong to a country.");
        }
        return supervisor.getAgency().getCountry().getCode().value();
    }

    private static AuditEvent verified(VerificationResult result, String scope) {
        return AuditEvent.of(AuditAction.VERIFY, RECORD, null, null)
                .detail((result.ok() ? "ok" : "broken seq=" + result.firstBadSequence()) + " " + scope);
    }

    /** Which filters were used (names only: values may be anything a user typed). */
    private static String filterDetail(AuditFilter f) {
        List<String> used = new ArrayList<>();
        addIf(used, "username", f.username());
        addIf(used, "agency", f.agencyCode());
        addIf(used, "action", f.action());
        addIf(used, "recordType", f.recordType());
        addIf(used, "recordId", f.recordId());
        addIf(used, "outcome", f.outcome());
        addIf(used, "from", f.from());
        addIf(used, "to", f.to());
        return used.isEmpty() ? null : "filter=" + String.join(",", used);
    }

    private static void addIf(List<String> used, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            used.add(name);
        }
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
