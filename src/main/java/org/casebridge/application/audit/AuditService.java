package org.casebridge.application.audit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.audit.AuditVerifier;
import org.casebridge.domain.model.audit.ChainFault;
import org.casebridge.domain.model.audit.CheckpointSigned;
import org.casebridge.domain.model.audit.PublishedCheckpoints;
import org.casebridge.domain.model.audit.VerificationResult;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The supervisor's side of the audit trail: reading the log of their own country (entries by its
 * users or about its records), "who accessed this record", verifying the chain, signed checkpoints
 * and CSV export. Every one of these is itself put on the trail.
 */
@Stateless
@AuditedService
public class AuditService {

    public static final String RECORD = "audit";
    /** The case and victim record types, as the case context writes them on the trail. */
    private static final String CASE = "case_file";
    private static final String VICTIM = "victim";
    public static final int EXPORT_MAX = 50_000;
    /** At most this many checkpoints in one verification request. */
    public static final int GIVEN_MAX = 100_000;

    private static final int RECENT = 20;

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
    CaseRepository cases;

    @Inject
    AuditVerifier verifier;

    @Inject
    Event<CheckpointSigned> signed;

    @Inject
    PublishedCheckpoints published;

    @Inject
    AuditAlarms alarms;

    @Inject
    org.casebridge.application.export.Exports exports;

    /** A checkpoint is due after this many entries since the latest one... */
    @Inject
    @ConfigProperty(name = "casebridge.audit.checkpoint-every-entries", defaultValue = "1000")
    long everyEntries;

    /** ...or, when the chain has moved at all, this many minutes after it. */
    @Inject
    @ConfigProperty(name = "casebridge.audit.checkpoint-every-minutes", defaultValue = "5")
    long everyMinutes;

    /** How long an alarm stays on every administrator's and supervisor's page. */
    @Inject
    @ConfigProperty(name = "casebridge.audit.alarm-days", defaultValue = "7")
    long alarmDays;

    /** One page of the caller's country's log; the sequence numbers shown go on the trail. */
    public Page<AuditEntry> search(AuditFilter filter, int first, int size) {
        return search(filter, false, first, size);
    }

    /**
     * One page of the caller's country's log, leaving out the caller's own reads of the log itself when
     * {@code hideOwnLogViews} (a supervisor's browsing would otherwise bury everything else).
     */
    public Page<AuditEntry> search(AuditFilter filter, boolean hideOwnLogViews, int first, int size) {
        AuditFilter scoped = scoped(filter, hideOwnLogViews);
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
                "error.audit.recordType");
        errors.check(recordId != null && RECORD_ID.matcher(recordId).matches(), "recordId",
                "error.audit.recordId");
        errors.throwIfAny();
        AuditFilter filter = AuditFilter.forRecord(countryOf(supervisor), recordType, recordId)
                .withRelatedReads(relatedReads(recordType, recordId));
        int from = Page.first(first);
        int pageSize = Page.size(size);
        List<AuditEntry> items = log.find(filter, from, pageSize);
        long total = log.count(filter);
        audit.record(AuditEvent.list(AuditAction.LIST, RECORD, items.stream().map(AuditEntry::getSequence).toList(),
                "record=" + recordType + ":" + recordId));
        return new Page<>(items, total, from, pageSize);
    }

    /** Who accessed a case includes who read its victims' full records. */
    private AuditFilter.RelatedReads relatedReads(String recordType, String recordId) {
        if (!CASE.equals(recordType) || !recordId.matches("\\d{1,18}")) {
            return null;
        }
        return cases.find(Long.parseLong(recordId)).map(c -> new AuditFilter.RelatedReads(VICTIM, c.getVictims().stream()
                .map(v -> Long.toString(v.getId())).collect(Collectors.toSet()))).orElse(null);
    }

    /** Walks the whole chain, and checks it against every stored checkpoint. */
    public VerificationResult verify() {
        supervisor();
        VerificationResult result = verifier.verifyAll(List.of());
        audit.record(verified(result, "all"));
        return result;
    }

    /** Walks the whole chain against a checkpoint the caller kept off the server, and every stored one. */
    public VerificationResult verifyFrom(AuditCheckpoint trusted) {
        return verifyAgainst(trusted == null ? null : List.of(trusted));
    }

    /**
     * Walks the whole chain against checkpoints the caller kept off the server (an export, the
     * published ones, or a witness's copy), and every stored one: the first sequence where the chain
     * and any of them disagree is reported.
     */
    public VerificationResult verifyAgainst(List<AuditCheckpoint> given) {
        supervisor();
        if (given == null || given.isEmpty() || given.size() > GIVEN_MAX || given.stream().anyMatch(c -> c == null
                || c.getHeadHash() == null || c.getSignature() == null || c.getCreatedAt() == null || c.getSequence() < 0)) {
            throw ValidationException.of("checkpoint", "error.audit.checkpoints", GIVEN_MAX);
        }
        VerificationResult result = verifier.verifyAll(given);
        audit.record(verified(result, given.size() == 1 ? "given=" + given.get(0).getSequence()
                : "given=" + given.size() + " checkpoints"));
        return result;
    }

    /**
     * Signs the current head of the chain and stores the checkpoint, if the chain verifies from the
     * previous valid checkpoint; otherwise signs nothing and raises an alarm.
     */
    public CheckpointOutcome checkpoint() {
        supervisor();
        return signHead(null);
    }

    /**
     * Whether a checkpoint is due: {@link #everyEntries} entries since the latest checkpoint whose
     * signature holds, or any new entry (besides the checkpoint's own) and {@link #everyMinutes}
     * minutes since it was made.
     */
    @NotAudited("reads only the chain's head position and the latest checkpoint, no record and no entry")
    public boolean checkpointDue(Instant now) {
        long head = log.lastSequence();
        Optional<AuditCheckpoint> latest = latestValid(new ArrayList<>());
        if (latest.isEmpty()) {
            return head > 0;
        }
        if (head < latest.get().getSequence()) {
            return true; // the chain is behind a checkpoint: signing will find it cut and raise the alarm
        }
        long since = head - latest.get().getSequence() - 1;
        return since >= everyEntries || since > 0
                && !latest.get().getCreatedAt().plus(Duration.ofMinutes(everyMinutes)).isAfter(now);
    }

    /**
     * A checkpoint made by the timer, recorded as the system. A signed-in caller is held to the
     * same rule as {@link #checkpoint()}.
     */
    public CheckpointOutcome scheduledCheckpoint() {
        if (caller.account().isPresent()) {
            supervisor();
            return signHead(null);
        }
        return signHead(Actor.SYSTEM);
    }

    /** The latest stored checkpoint whose signature holds, to copy off the server. */
    public Optional<AuditCheckpoint> latestCheckpoint() {
        supervisor();
        Optional<AuditCheckpoint> latest = latestValid(new ArrayList<>());
        audit.record(AuditEvent.of(AuditAction.EXPORT, RECORD, null, null)
                .detail(latest.map(c -> "checkpoint seq=" + c.getSequence()).orElse("checkpoint none")));
        return latest;
    }

    /**
     * The latest alarm of the last {@link #alarmDays} days, for administrators and supervisors (the
     * banner on every page); empty for everyone else.
     */
    @NotAudited("a status line for the signed-in administrator or supervisor; shows no record and no entry content")
    public Optional<AuditAlarm> currentAlarm() {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.SUPERVISOR)) {
            return Optional.empty();
        }
        Instant since = Instant.now().minus(Duration.ofDays(alarmDays));
        return log.latest(AuditAction.ALARM).filter(e -> e.getOccurredAt().isAfter(since))
                .map(e -> new AuditAlarm(e.getSequence(), e.getOccurredAt(), e.getDetail()));
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
        return exportCsv(filter, false);
    }

    /** As {@link #exportCsv(AuditFilter)}, leaving out the caller's own reads of the log when asked. */
    public String exportCsv(AuditFilter filter, boolean hideOwnLogViews) {
        AuditFilter scoped = scoped(filter, hideOwnLogViews);
        List<AuditEntry> rows = log.find(scoped, 0, EXPORT_MAX + 1);
        if (rows.size() > EXPORT_MAX) {
            throw ValidationException.of("filter", "error.audit.tooManyToExport", EXPORT_MAX);
        }
        StringBuilder csv = new StringBuilder(256 * (rows.size() + 1));
        line(csv, CSV_HEADER);
        for (AuditEntry e : rows) {
            line(csv, Long.toString(e.getSequence()), e.getOccurredAt().toString(), e.getUsername(), e.getRoles(),
                    e.getAgencyCode(), e.getCountryCode(), e.getClientAddress(), e.getServerNode(), e.getAction() == null ? null : e.getAction().name(),
                    e.getRecordType(), e.getRecordId(), e.getRecordCountry(), e.getShownIds(), e.getOutcome() == null ? null : e.getOutcome().name(),
                    e.getDetail(), e.getPreviousHash(), e.getEntryHash());
        }
        String detail = filterDetail(scoped);
        audit.record(AuditEvent.of(AuditAction.EXPORT, RECORD, null, null)
                .detail("rows=" + rows.size() + (detail == null ? "" : " " + detail)));
        return csv.toString();
    }

    /**
     * The entries the log screen lists with this filter and order, for an Excel download: refused above
     * {@code casebridge.download.max-rows} rows (the CSV export keeps its own, larger limit), audited as an
     * EXPORT with the sequence numbers of every entry in it.
     */
    public List<AuditEntry> exportRows(AuditFilter filter, boolean hideOwnLogViews) {
        AuditFilter scoped = scoped(filter, hideOwnLogViews);
        List<AuditEntry> rows = exports.withinLimit(log.find(scoped, 0, exports.rowsToRead()));
        exports.record(RECORD, rows.stream().map(AuditEntry::getSequence).toList(), "xlsx", filterDetail(scoped));
        return rows;
    }

    /**
     * Under the head lock: rows with a bad signature above the latest valid checkpoint are alarms;
     * the chain from that checkpoint to the head must verify and end exactly at the head row, or
     * nothing is signed and an alarm is raised. A signed checkpoint is published after commit.
     */
    private CheckpointOutcome signHead(Actor as) {
        audit.sealSoFar(); // the head read below must hold this transaction's own entries
        AuditHead head = log.head();
        long headSequence = head.getLastSequence();
        String headHash = head.getLastHash();
        List<AuditCheckpoint> forged = new ArrayList<>();
        Optional<AuditCheckpoint> previous = latestValid(forged);
        if (forged.isEmpty() && previous.isPresent() && previous.get().getSequence() == headSequence
                && previous.get().getHeadHash().equals(headHash)) {
            record(as, AuditEvent.of(AuditAction.CHECKPOINT, RECORD, null, null)
                    .detail("seq=" + headSequence + " unchanged"));
            return new CheckpointOutcome(previous.get(), null);
        }
        // Walk first: the walk clears the persistence context, and the alarms below are entries after the head.
        VerificationResult since = verifier.verifySince(previous.orElse(null));
        for (AuditCheckpoint bad : forged) {
            alarm(as, "checkpoint row seq=" + bad.getSequence() + " has a bad signature");
        }
        if (!since.ok()) {
            alarm(as, "checkpoint refused: chain broken at seq=" + since.firstBadSequence());
            return new CheckpointOutcome(null, since);
        }
        if (since.lastSequence() != headSequence || !headHash.equals(since.headHash())) {
            VerificationResult mismatch = VerificationResult.broken(Math.min(headSequence, since.lastSequence()) + 1,
                    ChainFault.HEAD_MISMATCH, since.entriesChecked(), headSequence, since.lastSequence());
            alarm(as, "checkpoint refused: head seq=" + headSequence + " but chain ends at seq=" + since.lastSequence());
            return new CheckpointOutcome(null, mismatch);
        }
        // The alarms above were appended in this transaction, after the verified head: sign the head as it is now.
        audit.sealSoFar();
        AuditHead now = log.head();
        Set<Long> taken = new HashSet<>();
        forged.forEach(c -> taken.add(c.getSequence()));
        while (taken.contains(now.getLastSequence())) {
            // always written (never de-duplicated): each entry moves the head past the taken sequence
            record(as, AuditAlarms.event("checkpoint seq=" + now.getLastSequence() + " taken by a row with a bad signature"));
            audit.sealSoFar();
            now = log.head();
        }
        AuditCheckpoint checkpoint = log.addCheckpoint(verifier.sign(now.getLastSequence(), now.getLastHash(),
                Instant.now()));
        record(as, AuditEvent.of(AuditAction.CHECKPOINT, RECORD, null, null).detail("seq=" + checkpoint.getSequence()));
        signed.fire(new CheckpointSigned(checkpoint, verifier.publicKey()));
        return new CheckpointOutcome(checkpoint, null);
    }

    /**
     * The stored checkpoint with the highest sequence whose signature holds; the rows above it with
     * a bad signature are added to {@code forged}.
     */
    private Optional<AuditCheckpoint> latestValid(List<AuditCheckpoint> forged) {
        List<AuditCheckpoint> recent = log.latestCheckpoints(RECENT);
        List<AuditCheckpoint> candidates = recent;
        if (recent.size() == RECENT && recent.stream().noneMatch(verifier::signatureValid)) {
            candidates = new ArrayList<>(log.checkpoints());
            Collections.reverse(candidates);
        }
        Optional<AuditCheckpoint> stored = Optional.empty();
        for (AuditCheckpoint c : candidates) {
            if (verifier.signatureValid(c)) {
                stored = Optional.of(c);
                break;
            }
            forged.add(c);
        }
        // A published checkpoint beyond every stored one means stored rows (and perhaps entries) were removed.
        Optional<AuditCheckpoint> outside = published.latest().filter(verifier::signatureValid);
        if (outside.isPresent() && (stored.isEmpty() || outside.get().getSequence() > stored.get().getSequence())) {
            return outside;
        }
        return stored;
    }

    private void alarm(Actor as, String detail) {
        alarms.raise(as, detail);
    }

    private void record(Actor as, AuditEvent event) {
        audit.record(as == null ? event : event.by(as));
    }

    private UserAccount supervisor() {
        return access.requireAnyRole(RECORD, Role.SUPERVISOR);
    }

    private AuditFilter scoped(AuditFilter filter, boolean hideOwnLogViews) {
        return scoped(supervisor(), filter, hideOwnLogViews);
    }

    /**
     * {@code filter} in {@code supervisor}'s scope: their country's entries (and alarms), without their own reads of
     * the log when {@code hideOwnLogViews}; a sort the log has not or an empty time range refused (400). The rule of
     * the log screen, its downloads and its background export ({@link AuditListExport}) alike.
     */
    static AuditFilter scoped(UserAccount supervisor, AuditFilter filter, boolean hideOwnLogViews) {
        AuditFilter f = filter == null ? new AuditFilter(null, null, null, null, null, null, null, null, null, null, false)
                : filter;
        if (f.sortField() != null && !AuditFilter.SORTABLE.contains(f.sortField())) {
            throw ValidationException.of("sort", "error.audit.sortBy", String.join(", ", AuditFilter.SORTABLE.stream()
                    .sorted().toList()));
        }
        if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
            throw ValidationException.of("to", "error.audit.to");
        }
        AuditFilter scoped = f.withScope(countryOf(supervisor));
        return hideOwnLogViews ? scoped.hiding(new AuditFilter.HiddenViews(supervisor.getUsername().value(), RECORD))
                : scoped;
    }

    private static String countryOf(UserAccount supervisor) {
        if (supervisor.getAgency().getCountry() == null) {
            throw ValidationException.of("country", "error.audit.country");
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
        addIf(used, "hideOwnViews", f.hiddenViews());
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
