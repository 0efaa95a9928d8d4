package org.casebridge.domain.model.audit;

import java.security.PublicKey;
import java.util.function.Predicate;

/**
 * One verification of the audit chain, fed its entries in sequence order by whoever reads them:
 * the application through {@link AuditLog#walk}, the command-line verifier through plain JDBC. Both
 * therefore judge the chain by the same rules: every link and keyed hash (see {@link AuditChain}),
 * and against a signed {@link AuditCheckpoint} so that a cut-off tail is found as well.
 *
 * <p>Read entries after {@link #startAfter()} and pass each to {@link #test}; stop when it returns
 * false; then read {@link #result()}.
 */
public final class ChainCheck implements Predicate<AuditEntry> {

    private final AuditCheckpoint checkpoint;
    private final boolean anchored;
    private final AuditChain.Verifier verifier;
    private boolean anchorSeen;
    private VerificationResult failure;

    private ChainCheck(AuditChain chain, AuditCheckpoint checkpoint, boolean anchored, PublicKey key) {
        this.checkpoint = checkpoint;
        this.anchored = anchored;
        if (anchored) {
            this.verifier = chain.verifier(checkpoint.getSequence() + 1, checkpoint.getHeadHash());
        } else {
            this.verifier = chain.verifier(1, AuditChain.GENESIS);
        }
        this.anchorSeen = !anchored || checkpoint.getSequence() == 0;
        if (checkpoint != null && !checkpoint.signedBy(key)) {
            failure = VerificationResult.broken(checkpoint.getSequence(),
                    "checkpoint " + checkpoint.getSequence() + " signature is not valid", 0);
        } else if (anchored && checkpoint.getSequence() == 0 && !AuditChain.GENESIS.equals(checkpoint.getHeadHash())) {
            failure = VerificationResult.broken(0, "checkpoint 0 does not match the start of the chain", 0);
        }
    }

    /**
     * The whole chain from sequence 1; when {@code checkpoint} is given (signed with {@code key}),
     * the chain must also reach its sequence with the same hash there.
     */
    public static ChainCheck whole(AuditChain chain, AuditCheckpoint checkpoint, PublicKey key) {
        return new ChainCheck(chain, checkpoint, false, key);
    }

    /**
     * The chain from a trusted checkpoint on: the entry at the checkpoint's sequence must carry its
     * head hash, and every entry after it must link to it.
     */
    public static ChainCheck from(AuditChain chain, AuditCheckpoint trusted, PublicKey key) {
        if (trusted == null) {
            throw new IllegalArgumentException("verifying from a checkpoint needs the checkpoint");
        }
        return new ChainCheck(chain, trusted, true, key);
    }

    /** The sequence after which the reader must start: 0 for the whole chain, else just before the checkpoint. */
    public long startAfter() {
        return anchored ? Math.max(0, checkpoint.getSequence() - 1) : 0;
    }

    /** Checks the next entry; false once a break was found (stop reading then). */
    @Override
    public boolean test(AuditEntry e) {
        if (failure != null) {
            return false;
        }
        if (!anchorSeen) {
            anchorSeen = true;
            if (e.getSequence() != checkpoint.getSequence() || !checkpoint.getHeadHash().equals(e.getEntryHash())) {
                failure = mismatch();
            }
            return failure == null;
        }
        AuditRecord record;
        try {
            record = e.record();
        } catch (IllegalArgumentException invalid) {
            return unreadable("entry content is not valid (changed)");
        }
        if (!verifier.accept(e.getSequence(), e.getOccurredAt(), record, e.getPreviousHash(), e.getEntryHash())) {
            return false;
        }
        if (checkpoint != null && !anchored && e.getSequence() == checkpoint.getSequence()
                && !checkpoint.getHeadHash().equals(e.getEntryHash())) {
            failure = mismatch();
        }
        return failure == null;
    }

    /** The next entry could not even be read as an entry (a stored value no entry can hold); the chain is broken there. */
    public boolean unreadable(String why) {
        if (failure == null) {
            long at = anchorSeen ? verifier.lastSequence() + 1 : checkpoint.getSequence();
            failure = VerificationResult.broken(at, why, verifier.result().entriesChecked());
        }
        return false;
    }

    public VerificationResult result() {
        if (failure != null) {
            return failure;
        }
        VerificationResult walked = verifier.result();
        if (!walked.ok()) {
            return walked;
        }
        if (!anchorSeen) {
            return VerificationResult.broken(checkpoint.getSequence(), "truncated after checkpoint "
                    + checkpoint.getSequence() + ": the chain ends before it", 0);
        }
        if (checkpoint != null && walked.lastSequence() < checkpoint.getSequence()) {
            return VerificationResult.broken(walked.lastSequence() + 1, "truncated after checkpoint "
                    + checkpoint.getSequence() + ": the chain ends at sequence " + walked.lastSequence(),
                    walked.entriesChecked());
        }
        return walked;
    }

    private VerificationResult mismatch() {
        return VerificationResult.broken(checkpoint.getSequence(), "checkpoint " + checkpoint.getSequence()
                + " does not match the entry at that sequence", verifier.result().entriesChecked());
    }
}
