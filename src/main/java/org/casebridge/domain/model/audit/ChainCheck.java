package org.casebridge.domain.model.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One verification of the audit chain, fed its entries in sequence order by whoever reads them:
 * the application through {@link AuditLog#walk}, the command-line verifier through plain JDBC. Both
 * therefore judge the chain by the same rules: every link and keyed hash (see {@link AuditChain}),
 * and against every signed {@link AuditCheckpoint} it is given (stored, exported, published), so
 * that a rewrite contradicting any one of them, or a cut-off tail, is found as well. A checkpoint
 * whose signature does not verify is itself reported, at its sequence, and never trusted.
 *
 * <p>Read entries after {@link #startAfter()} and pass each to {@link #test}; stop when it returns
 * false; then read {@link #result()}.
 */
public final class ChainCheck implements Predicate<AuditEntry> {

    private final AuditCheckpoint anchor;
    private final NavigableMap<Long, List<AuditCheckpoint>> checkpoints = new TreeMap<>();
    private final AuditChain.Verifier verifier;
    private boolean anchorSeen;
    private VerificationResult failure;
    private VerificationResult badSignature;

    private ChainCheck(AuditChain chain, AuditCheckpoint anchor, Collection<AuditCheckpoint> given, PublicKey key) {
        this.anchor = anchor;
        this.verifier = anchor == null ? chain.verifier(1, AuditChain.GENESIS)
                : chain.verifier(anchor.getSequence() + 1, anchor.getHeadHash());
        this.anchorSeen = anchor == null || anchor.getSequence() == 0;
        List<AuditCheckpoint> all = new ArrayList<>(given);
        if (anchor != null) {
            all.add(anchor);
        }
        for (AuditCheckpoint c : all) {
            if (!c.signedBy(key)) {
                if (badSignature == null || c.getSequence() < badSignature.firstBadSequence()) {
                    badSignature = VerificationResult.broken(Math.max(c.getSequence(), 0), ChainFault.BAD_SIGNATURE, 0,
                            c.getSequence());
                }
            } else if (anchor == null || c.getSequence() > anchor.getSequence()) {
                checkpoints.computeIfAbsent(c.getSequence(), s -> new ArrayList<>()).add(c);
            }
        }
        if (anchor != null && !anchor.signedBy(key)) {
            failure = VerificationResult.broken(Math.max(anchor.getSequence(), 0), ChainFault.BAD_SIGNATURE, 0,
                    anchor.getSequence());
        } else if (anchor != null && anchor.getSequence() == 0 && !AuditChain.GENESIS.equals(anchor.getHeadHash())) {
            failure = VerificationResult.broken(0, ChainFault.GENESIS, 0);
        }
        List<AuditCheckpoint> atZero = checkpoints.remove(0L);
        if (atZero != null && failure == null
                && atZero.stream().anyMatch(c -> !AuditChain.GENESIS.equals(c.getHeadHash()))) {
            failure = VerificationResult.broken(0, ChainFault.GENESIS, 0);
        }
    }

    /**
     * The whole chain from sequence 1, against every checkpoint in {@code checkpoints} (signed with
     * {@code key}): at each checkpoint's sequence the chain must carry its hash, and it must reach
     * the highest one.
     */
    public static ChainCheck whole(AuditChain chain, Collection<AuditCheckpoint> checkpoints, PublicKey key) {
        return new ChainCheck(chain, null, checkpoints, key);
    }

    /**
     * The chain from a trusted checkpoint on: the entry at the checkpoint's sequence must carry its
     * head hash, and every entry after it must link to it and agree with every later checkpoint in
     * {@code others}. Checkpoints before the trusted one are checked for their signature only.
     */
    public static ChainCheck from(AuditChain chain, AuditCheckpoint trusted, Collection<AuditCheckpoint> others,
            PublicKey key) {
        if (trusted == null) {
            throw new IllegalArgumentException("verifying from a checkpoint needs the checkpoint");
        }
        return new ChainCheck(chain, trusted, others, key);
    }

    /** The sequence after which the reader must start: 0 for the whole chain, else just before the checkpoint. */
    public long startAfter() {
        return anchor != null ? Math.max(0, anchor.getSequence() - 1) : 0;
    }

    /** Checks the next entry; false once a break was found (stop reading then). */
    @Override
    public boolean test(AuditEntry e) {
        if (failure != null) {
            return false;
        }
        if (!anchorSeen) {
            anchorSeen = true;
            if (e.getSequence() != anchor.getSequence() || !anchor.getHeadHash().equals(e.getEntryHash())) {
                failure = mismatch(anchor.getSequence());
            }
            return failure == null;
        }
        AuditRecord record;
        try {
            record = e.record();
        } catch (IllegalArgumentException invalid) {
            return unreadableAt(e.getSequence(), ChainFault.CHANGED);
        }
        if (!verifier.accept(e.getSequence(), e.getOccurredAt(), record, e.getPreviousHash(), e.getEntryHash())) {
            return false;
        }
        List<AuditCheckpoint> here = checkpoints.get(e.getSequence());
        if (here != null && here.stream().anyMatch(c -> !c.getHeadHash().equals(e.getEntryHash()))) {
            failure = mismatch(e.getSequence());
        }
        return failure == null;
    }

    /**
     * The entry stored at {@code sequence} could not even be read as an entry (a stored value no
     * entry can hold): the chain is broken there, or at the gap before it.
     */
    public boolean unreadableAt(long sequence, ChainFault why) {
        if (failure == null) {
            if (!anchorSeen) {
                failure = VerificationResult.broken(anchor.getSequence(), why, 0);
            } else {
                long expected = verifier.lastSequence() + 1;
                // an unknown sequence (-1) is reported where the next entry was expected
                failure = sequence > expected
                        ? VerificationResult.broken(expected, ChainFault.MISSING, verifier.result().entriesChecked(), sequence)
                        : VerificationResult.broken(expected, why, verifier.result().entriesChecked());
            }
        }
        return false;
    }

    public VerificationResult result() {
        VerificationResult chainResult = chainResult();
        if (badSignature != null && (chainResult.ok() || badSignature.firstBadSequence() < chainResult.firstBadSequence())) {
            return badSignature;
        }
        return chainResult;
    }

    private VerificationResult chainResult() {
        if (failure != null) {
            return failure;
        }
        VerificationResult walked = verifier.result();
        if (!walked.ok()) {
            return walked;
        }
        if (!anchorSeen) {
            return VerificationResult.broken(anchor.getSequence(), ChainFault.ENDS_BEFORE, 0, anchor.getSequence());
        }
        if (!checkpoints.isEmpty() && walked.lastSequence() < checkpoints.lastKey()) {
            return VerificationResult.broken(walked.lastSequence() + 1, ChainFault.ENDS_AT, walked.entriesChecked(),
                    checkpoints.lastKey(), walked.lastSequence());
        }
        return walked;
    }

    private VerificationResult mismatch(long sequence) {
        return VerificationResult.broken(sequence, ChainFault.MISMATCH, verifier.result().entriesChecked(), sequence);
    }
}
