package org.casebridge.application.audit;

import org.casebridge.domain.model.audit.CheckpointWitness;

/**
 * What a witness's countersignature gave: stored (or already held), or a conflict: the witness holds,
 * signed with this installation's own key, a checkpoint that this installation no longer stores as it
 * was (an alarm was raised).
 */
public record Countersigned(CheckpointWitness stored, String conflict) {
}
