package org.casebridge.interfaces.audit.rest;

import java.time.Instant;
import java.util.List;
import org.casebridge.application.audit.CheckpointListing;

/**
 * One page of the installation's signed checkpoints (what a witness fetches), with the public key that
 * verifies them and its key id; {@code next} is the {@code after} of the next page, null on the last.
 */
public record CheckpointListDto(String publicKey, String keyId, List<Item> items, Long next) {

    public static CheckpointListDto of(CheckpointListing l) {
        return new CheckpointListDto(l.publicKey(), l.keyId(), l.items().stream().map(Item::of).toList(), l.next());
    }

    /** A checkpoint and who countersigned it when. */
    public record Item(long sequence, String headHash, Instant createdAt, String signature, List<Witness> witnesses) {

        static Item of(CheckpointListing.Listed l) {
            return new Item(l.checkpoint().getSequence(), l.checkpoint().getHeadHash(), l.checkpoint().getCreatedAt(),
                    l.checkpoint().getSignature(), l.witnesses().stream()
                            .map(w -> new Witness(w.getWitness(), w.getWitnessedAt())).toList());
        }
    }

    /** A witness (by the name configured here) and when it recorded the checkpoint. */
    public record Witness(String name, Instant witnessedAt) {
    }
}
