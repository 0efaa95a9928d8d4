package org.casebridge.application.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casebridge.application.Access;
import org.casebridge.application.Caller.Actor;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.domain.model.audit.AuditVerifier;
import org.casebridge.domain.model.audit.CheckpointSources;
import org.casebridge.domain.model.audit.CheckpointWitness;
import org.casebridge.domain.model.audit.Countersignature;
import org.casebridge.domain.model.audit.Ed25519;
import org.casebridge.domain.model.audit.WitnessDelivery;
import org.casebridge.domain.model.audit.WitnessLog;
import org.casebridge.domain.model.audit.WitnessSource;
import org.casebridge.domain.model.audit.WitnessedCheckpoint;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.config.Config;

/**
 * Witnessed checkpoints, on both sides. As the witnessed installation: lists its signed checkpoints
 * for witnesses and keeps the countersignatures they send back, checked with each witness's pinned
 * key ({@code casebridge.audit.witnesses}). As a witness: keeps its copy of another installation's
 * checkpoints, each checked with that installation's pinned key and against the copy held before (a
 * checkpoint at a sequence held here with another head hash, or one held here no longer listed, is an
 * alarm), and countersigns each with its own key. Reading checkpoints is for administrators and
 * supervisors: they carry no record and no entry content.
 */
@Stateless
@AuditedService
public class WitnessService {

    public static final String WITNESSES = "casebridge.audit.witnesses";
    private static final Logger LOG = Logger.getLogger(WitnessService.class.getName());
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9+/=]{1,200}");

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    AuditAlarms alarms;

    @Inject
    AuditLog log;

    @Inject
    WitnessLog witnesses;

    @Inject
    AuditVerifier verifier;

    @Inject
    CheckpointSources sources;

    /** Holds {@link #WITNESSES}: the installations that witness this one, {@code name=Base64 public key}, comma-separated. */
    @Inject
    Config config;

    /** One page of this installation's checkpoints whose signature holds, lowest first, with their witnesses. */
    public CheckpointListing checkpoints(Long after, int size) {
        reader();
        long from = after == null ? -1 : after;
        List<AuditCheckpoint> rows = log.checkpointsAfter(from, size);
        List<CheckpointListing.Listed> items = listed(rows.stream().filter(verifier::signatureValid).toList());
        Long next = rows.size() == size ? rows.get(rows.size() - 1).getSequence() : null;
        audit.record(AuditEvent.of(AuditAction.EXPORT, AuditService.RECORD, null, null)
                .detail("checkpoints after=" + from + " listed=" + items.size()));
        PublicKey own = ownKey();
        return new CheckpointListing(verifier.publicKey(), Ed25519.keyId(own), items, next);
    }

    /** The newest {@code max} checkpoints whose signature holds, newest first, with their witnesses (the audit screen). */
    public List<CheckpointListing.Listed> recentCheckpoints(int max) {
        reader();
        List<CheckpointListing.Listed> items = listed(log.latestCheckpoints(max).stream()
                .filter(verifier::signatureValid).toList());
        audit.record(AuditEvent.list(AuditAction.LIST, AuditService.RECORD,
                items.stream().map(i -> i.checkpoint().getSequence()).toList(), "checkpoints with witnesses"));
        return items;
    }

    /**
     * A witness's countersignature of checkpoint {@code sequence}, as the witness holds it. Refused
     * (DENIED, 403) unless the key is a configured witness's, the checkpoint is signed with this
     * installation's key and the countersignature holds. When the witness holds, signed with this
     * installation's key, another head hash than the one stored here (or one no longer stored), the
     * history here was rewritten: an alarm, and a conflict answer.
     */
    public Countersigned countersigned(long sequence, String witnessKey, String headHash, Instant createdAt,
            String signature, Instant witnessedAt, String countersignature) {
        reader();
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(headHash != null && HASH.matcher(headHash).matches(), "headHash", "error.audit.headHash");
        errors.check(createdAt != null, "createdAt", "error.audit.createdAt");
        errors.check(witnessedAt != null, "witnessedAt", "error.audit.witnessedAt");
        errors.check(signature != null && SIGNATURE.matcher(signature).matches(), "signature", "error.audit.signature");
        errors.check(countersignature != null && SIGNATURE.matcher(countersignature).matches(), "countersignature",
                "error.audit.countersignature2");
        errors.check(witnessKey != null && witnessKey.length() <= 200, "publicKey", "error.audit.publicKey");
        errors.throwIfAny();
        Map.Entry<String, PublicKey> witness = pinnedWitnesses().entrySet().stream()
                .filter(w -> Ed25519.encode(w.getValue()).equals(witnessKey.trim())).findFirst()
                .orElseThrow(() -> access.forbidden(AuditService.RECORD, sequence, null, "countersignature by a key"
                        + " that is not a configured witness (" + WITNESSES + ")"));
        AuditCheckpoint theirs = new AuditCheckpoint(sequence, headHash, createdAt, signature);
        if (!verifier.signatureValid(theirs)
                || !Countersignature.verify(ownKey(), theirs, witnessedAt, countersignature, witness.getValue())) {
            throw access.forbidden(AuditService.RECORD, sequence, null, "countersignature by witness " + witness.getKey()
                    + " does not verify");
        }
        Optional<AuditCheckpoint> ours = log.checkpointsAfter(sequence - 1, 1).stream()
                .filter(c -> c.getSequence() == sequence && verifier.signatureValid(c)).findFirst();
        if (ours.isEmpty() || !ours.get().getHeadHash().equals(headHash)) {
            String conflict = "witness " + witness.getKey() + " holds checkpoint seq=" + sequence + " signed here with "
                    + (ours.isEmpty() ? "a head hash, but no such checkpoint is stored here"
                            : "another head hash than the one stored here") + ": the history here was rewritten";
            alarms.raise(null, conflict);
            audit.record(AuditEvent.of(AuditAction.WITNESS, AuditService.RECORD, sequence, null)
                    .outcome(AuditOutcome.FAILED).detail("countersignature conflict"));
            return new Countersigned(null, conflict);
        }
        CheckpointWitness stored = witnesses.countersignature(sequence, witness.getKey()).orElseGet(() -> {
            CheckpointWitness w = new CheckpointWitness(sequence, witness.getKey(), headHash, witnessedAt, countersignature);
            witnesses.add(w);
            return w;
        });
        audit.record(AuditEvent.of(AuditAction.WITNESS, AuditService.RECORD, sequence, null)
                .detail("checkpoint seq=" + sequence + " countersigned by " + witness.getKey()));
        return new Countersigned(stored, null);
    }

    /**
     * Takes one page of a source's listing: each checkpoint must be signed with the source's pinned
     * key; one at a sequence held here must carry the same head hash; {@code expectedHeld} (the
     * newest held, on a run's first page) must be listed again. New ones are stored and countersigned.
     * On a contradiction nothing of the page is stored and an alarm is raised.
     */
    @NotAudited("writes a WITNESS entry when it stores anything and an ALARM entry on a contradiction; a page with"
            + " nothing new writes nothing, so that the timer does not grow the trail")
    public WitnessOutcome store(Actor as, WitnessSource source, List<AuditCheckpoint> listed, Long expectedHeld,
            Instant now) {
        String name = source.name();
        String problem = null;
        if (expectedHeld != null && listed.stream().noneMatch(c -> c.getSequence() == expectedHeld)) {
            problem = "checkpoint seq=" + expectedHeld + " held here is no longer listed (deleted there)";
        }
        Long latest = witnesses.latestWitnessed(name).map(WitnessedCheckpoint::getSequence).orElse(null);
        List<WitnessedCheckpoint> fresh = new ArrayList<>();
        for (AuditCheckpoint c : listed) {
            if (problem != null) {
                break;
            }
            Optional<WitnessedCheckpoint> held = witnesses.witnessed(name, c.getSequence());
            if (!c.signedBy(source.publicKey())) {
                problem = "checkpoint seq=" + c.getSequence() + " is not signed with its pinned key";
            } else if (held.isPresent() && !held.get().agreesWith(c)) {
                problem = "checkpoint seq=" + c.getSequence() + " now has another head hash than the copy held here"
                        + " (history rewritten)";
            } else if (held.isEmpty() && latest != null && c.getSequence() < latest) {
                problem = "checkpoint seq=" + c.getSequence() + " appeared below the newest one held here (seq="
                        + latest + ")";
            } else if (held.isEmpty()) {
                fresh.add(new WitnessedCheckpoint(name, c, now, verifier.countersign(source.publicKey(), c, now)));
                latest = c.getSequence();
            }
        }
        if (problem != null) {
            alarms.raise(as, "witnessed " + name + ": " + problem);
            return new WitnessOutcome(name, WitnessOutcome.Status.ALARM, 0, latest, 0, problem);
        }
        fresh.forEach(witnesses::add);
        if (!fresh.isEmpty()) {
            AuditEvent stored = AuditEvent.of(AuditAction.WITNESS, AuditService.RECORD, null, null)
                    .detail("witnessed " + name + ": stored=" + fresh.size() + " latest=" + latest);
            audit.record(as == null ? stored : stored.by(as));
        }
        return new WitnessOutcome(name, WitnessOutcome.Status.OK, fresh.size(), latest, 0, null);
    }

    /** The newest checkpoint of {@code source} held here. */
    @NotAudited("the witness's own bookkeeping: where to continue fetching; shows nothing to anyone")
    public Optional<WitnessedCheckpoint> latestHeld(String source) {
        return witnesses.latestWitnessed(source);
    }

    /** Countersignatures the source has not acknowledged yet. */
    @NotAudited("the witness's own bookkeeping: what to deliver; each was put on the trail when it was stored")
    public List<WitnessedCheckpoint> undelivered(String source, int max) {
        return witnesses.undelivered(source, max);
    }

    @NotAudited("the witness's own bookkeeping: the source acknowledged a countersignature stored (and audited) before")
    public void delivered(String source, long sequence, Instant at) {
        witnesses.add(new WitnessDelivery(source, sequence, at));
    }

    /** A run triggered by an administrator, on the record with what each source gave. */
    public void ran(List<WitnessOutcome> outcomes) {
        reader();
        String detail = outcomes.isEmpty() ? "no source configured"
                : outcomes.stream().map(WitnessOutcome::toString).collect(Collectors.joining(", "));
        audit.record(AuditEvent.of(AuditAction.WITNESS, AuditService.RECORD, null, null)
                .detail(detail.length() > 500 ? detail.substring(0, 500) : detail));
    }

    /**
     * The copy held here of {@code source}'s checkpoints after {@code after}, lowest first, with the
     * source's pinned key (to give a verifier); {@code next} continues after the page.
     */
    public Copy copy(String source, Long after, int size) {
        reader();
        if (source == null || !WitnessSource.NAME.matcher(source).matches()) {
            throw ValidationException.of("source", "error.audit.source");
        }
        List<WitnessedCheckpoint> rows = witnesses.witnessedAfter(source, after == null ? -1 : after, size);
        String key = sources.sources().stream().filter(s -> s.name().equals(source)).findFirst()
                .map(s -> Ed25519.encode(s.publicKey())).orElse(null);
        audit.record(AuditEvent.of(AuditAction.EXPORT, AuditService.RECORD, null, null)
                .detail("witnessed copy source=" + source + " rows=" + rows.size()));
        return new Copy(key, rows, rows.size() == size ? rows.get(rows.size() - 1).getSequence() : null);
    }

    /** One page of a witness's copy, with the source's pinned key (null when the source is no longer configured). */
    public record Copy(String publicKey, List<WitnessedCheckpoint> items, Long next) {
    }

    private List<CheckpointListing.Listed> listed(List<AuditCheckpoint> valid) {
        Map<Long, List<CheckpointWitness>> by = witnesses.witnessesOf(valid.stream().map(AuditCheckpoint::getSequence)
                .toList()).stream().collect(Collectors.groupingBy(CheckpointWitness::getSequence));
        return valid.stream().map(c -> new CheckpointListing.Listed(c, by.getOrDefault(c.getSequence(), List.of())))
                .toList();
    }

    /** The configured witnesses and their pinned keys; an entry that is not {@code name=key} is skipped with a warning. */
    Map<String, PublicKey> pinnedWitnesses() {
        Map<String, PublicKey> pinned = new LinkedHashMap<>();
        for (String entry : config.getOptionalValues(WITNESSES, String.class).orElse(List.of())) {
            try {
                String[] named = WitnessSource.named(entry);
                pinned.put(named[0], Ed25519.publicKey(named[1]));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "{0}: an entry is not name=Base64 Ed25519 public key; skipped", WITNESSES);
            }
        }
        return pinned;
    }

    private PublicKey ownKey() {
        return Ed25519.publicKey(verifier.publicKey());
    }

    private void reader() {
        access.requireAnyRole(AuditService.RECORD, Role.ADMIN, Role.SUPERVISOR);
    }
}
