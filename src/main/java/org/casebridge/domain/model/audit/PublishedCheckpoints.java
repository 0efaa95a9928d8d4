package org.casebridge.domain.model.audit;

import java.util.List;
import java.util.Optional;

/**
 * Checkpoints published outside the database (an operator's directory on separate storage), where
 * the database's users cannot change them: what reveals a cut-off tail or deleted checkpoint rows.
 * Whether a signature holds is for the reader to check.
 */
public interface PublishedCheckpoints {

    /** Every published checkpoint, lowest sequence first; empty when nothing is configured. */
    List<AuditCheckpoint> all();

    /** The published checkpoint with the highest sequence. */
    Optional<AuditCheckpoint> latest();

    /** Publishes a checkpoint that was just signed and committed; never replaces one already there. */
    void publish(AuditCheckpoint checkpoint, String publicKey);
}
