package org.casebridge.interfaces.audit.rest;

import java.util.Locale;
import org.casebridge.domain.model.audit.VerificationResult;
import org.casebridge.interfaces.shared.i18n.Texts;

/**
 * The outcome of walking the audit chain: OK with the head reached, or the first bad sequence and why
 * ({@code reason} in the language of the request).
 */
public record VerificationDto(boolean ok, long entriesChecked, long lastSequence, String headHash,
        Long firstBadSequence, String reason) {

    public static VerificationDto of(VerificationResult r, Locale language) {
        return new VerificationDto(r.ok(), r.entriesChecked(), r.lastSequence(), r.headHash(), r.firstBadSequence(),
                r.why() == null ? null : Texts.text(language, r.why()));
    }
}
