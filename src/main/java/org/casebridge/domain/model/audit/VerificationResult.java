package org.casebridge.domain.model.audit;

import org.casebridge.domain.model.shared.Message;

/**
 * What a walk of the audit chain found: OK with how many entries were checked and the head, or the
 * first bad sequence and why: {@code reason} in English (the command-line verifier and the log),
 * {@code why} as a bundle key with its sequence numbers (the screens and REST, in the reader's language).
 */
public record VerificationResult(boolean ok, long entriesChecked, long lastSequence, String headHash,
        Long firstBadSequence, String reason, Message why) {

    public static VerificationResult ok(long checked, long lastSequence, String headHash) {
        return new VerificationResult(true, checked, lastSequence, headHash, null, null, null);
    }

    /** Broken at {@code sequence} for {@code fault}, whose sentence takes {@code args} (sequence numbers). */
    public static VerificationResult broken(long sequence, ChainFault fault, long checked, long... args) {
        return new VerificationResult(false, checked, sequence - 1, null, sequence, fault.english(args), fault.message(args));
    }

    @Override
    public String toString() {
        return ok ? "OK: " + entriesChecked + " entries checked, last sequence " + lastSequence
                : "BROKEN at sequence " + firstBadSequence + ": " + reason;
    }
}
