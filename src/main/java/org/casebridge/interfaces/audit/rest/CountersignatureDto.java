package org.casebridge.interfaces.audit.rest;

import java.time.Instant;

/**
 * What a witness posts back for one checkpoint: the checkpoint as it holds it, when it recorded it,
 * its countersignature, and its public key (which must be a configured witness's).
 */
public record CountersignatureDto(String headHash, Instant createdAt, String signature, Instant witnessedAt,
        String countersignature, String publicKey) {
}
