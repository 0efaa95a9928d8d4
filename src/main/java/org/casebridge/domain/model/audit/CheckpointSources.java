package org.casebridge.domain.model.audit;

import java.util.List;

/**
 * The installations this one witnesses, reached over HTTP: their checkpoint lists are fetched, and
 * countersignatures are delivered back to them. A source that cannot be reached is reported as
 * {@link Unreachable}, never as a failure of this installation.
 */
public interface CheckpointSources {

    /** The configured sources (casebridge.audit.witness.sources); empty when this installation witnesses no one. */
    List<WitnessSource> sources();

    /** The source's checkpoints with sequence greater than {@code after}, lowest first, one page. */
    Listing fetch(WitnessSource source, long after) throws Unreachable;

    /** Posts a countersignature back to the source; false when the source refused it. */
    boolean deliver(WitnessSource source, WitnessedCheckpoint countersigned, String witnessPublicKey) throws Unreachable;

    /** One page of a source's checkpoint list; {@code next} is null on the last page. */
    record Listing(List<AuditCheckpoint> checkpoints, Long next) {
    }

    /** The source did not answer, or not as a CaseBridge installation would; the message names no secret. */
    final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreachable(String message) {
            super(message);
        }
    }
}
