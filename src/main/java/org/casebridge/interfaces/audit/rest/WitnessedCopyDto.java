package org.casebridge.interfaces.audit.rest;

import java.time.Instant;
import java.util.List;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.WitnessedCheckpoint;

/**
 * A witness's copy of another installation's checkpoints, one page: each item is a checkpoint (with the
 * source's pinned public key), when it was witnessed and the countersignature. Sent as it is to the
 * source's {@code POST /api/audit/verification/checkpoints} (where only {@code items} is needed, and of
 * each item only sequence, headHash, createdAt and signature), or saved for the command-line verifier.
 */
public record WitnessedCopyDto(String source, List<Item> items, Long next) {

    public record Item(Long sequence, String headHash, Instant createdAt, String signature, String publicKey,
            Instant witnessedAt, String countersignature) {

        static Item of(WitnessedCheckpoint w, String publicKey) {
            return new Item(w.getSequence(), w.getHeadHash(), w.getCreatedAt(), w.getSignature(), publicKey,
                    w.getFetchedAt(), w.getCountersignature());
        }

        /** The checkpoint to verify with; null when a field is missing. */
        AuditCheckpoint toCheckpoint() {
            return new CheckpointDto(sequence, headHash, createdAt, signature, publicKey).toCheckpoint();
        }
    }
}
