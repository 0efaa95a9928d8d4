package org.casebridge.interfaces.audit.rest;

import java.time.Instant;
import java.util.List;
import org.casebridge.domain.model.audit.WitnessedCheckpoint;

/**
 * A witness's copy of another installation's checkpoints, one page: each item is a checkpoint as
 * {@code POST /api/audit/verification/checkpoints} and the command-line verifier take it (with the
 * source's pinned public key), plus when it was witnessed and the countersignature.
 */
public record WitnessedCopyDto(String source, List<Item> items, Long next) {

    public record Item(long sequence, String headHash, Instant createdAt, String signature, String publicKey,
            Instant witnessedAt, String countersignature) {

        static Item of(WitnessedCheckpoint w, String publicKey) {
            return new Item(w.getSequence(), w.getHeadHash(), w.getCreatedAt(), w.getSignature(), publicKey,
                    w.getFetchedAt(), w.getCountersignature());
        }
    }
}
