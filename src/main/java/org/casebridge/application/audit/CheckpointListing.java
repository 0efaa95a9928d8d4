package org.casebridge.application.audit;

import java.util.List;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.CheckpointWitness;

/**
 * One page of this installation's signed checkpoints, lowest sequence first, with the key that
 * verifies them and the witnesses that countersigned each; {@code next} continues after the page.
 */
public record CheckpointListing(String publicKey, String keyId, List<Listed> items, Long next) {

    /** A checkpoint and its countersignatures. */
    public record Listed(AuditCheckpoint checkpoint, List<CheckpointWitness> witnesses) {
    }
}
