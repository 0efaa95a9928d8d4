/**
 * The audit trail: append-only entries chained by keyed hashes, signed checkpoints, and the verifier.
 * Imports only the JDK and Jakarta Persistence.
 */
package org.casebridge.domain.model.audit;
