package org.casebridge.domain.model.audit;

/**
 * What a walk of the audit chain found: OK with how many entries were checked and the head, or the
 * first bad sequence number and why.
 */
public record VerificationResult(boolean ok, long entriesChecked, long lastSequence, String headHash,
        Long firstBadSequence, String reason) {

    public static VerificationResult ok(long checked, long lastSequence, String headHash) {
        return new VerificationResult(true, checked, lastSequence, headHash, null, null);
    }

    public static VerificationResult broken(long sequence, String reason, long checked) {
        return new VerificationResult(false, checked, sequence - 1, null, sequence, reason);
    }

    @Override
    public String toString() {
        return ok ? "OK: " + entriesChecked + " entries checked, last sequence " + lastSequence
                : "BROKEN at sequence " + firstBadSequence + ": " + reason;
    }
}
