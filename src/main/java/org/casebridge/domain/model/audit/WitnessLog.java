package org.casebridge.domain.model.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where witnessed checkpoints and countersignatures are kept; rows are only ever added. */
public interface WitnessLog {

    // The witness's side: its copy of each source's checkpoints.

    Optional<WitnessedCheckpoint> witnessed(String source, long sequence);

    /** The witnessed checkpoint of {@code source} with the highest sequence. */
    Optional<WitnessedCheckpoint> latestWitnessed(String source);

    void add(WitnessedCheckpoint checkpoint);

    /** The copy of {@code source}'s checkpoints with sequence greater than {@code after}, lowest first. */
    List<WitnessedCheckpoint> witnessedAfter(String source, long after, int max);

    /** Countersignatures of {@code source}'s checkpoints not yet acknowledged by it, lowest first. */
    List<WitnessedCheckpoint> undelivered(String source, int max);

    void add(WitnessDelivery delivery);

    // The witnessed side: countersignatures received for this installation's checkpoints.

    Optional<CheckpointWitness> countersignature(long sequence, String witness);

    void add(CheckpointWitness witness);

    /** Every countersignature of the checkpoints with these sequences. */
    List<CheckpointWitness> witnessesOf(Collection<Long> sequences);
}
