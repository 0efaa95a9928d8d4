package org.casebridge.interfaces.audit.rest;

import org.casebridge.domain.model.audit.VerificationResult;

/** The outcome of walking the audit chain: OK with the head reached, or the first bad sequence and why. */
public record VerificationDto(boolean ok, long entriesChecked, long lastSequence, String headHash,
        Long firstBadSequence, String reason) {

    public static VerificationDto of(VerificationResult r) {
        return new VerificationDto(r.ok(), r.entriesChecked(), r.lastSequence(), r.headHash(), r.firstBadSequence(),
                r.reason());
    }
}
