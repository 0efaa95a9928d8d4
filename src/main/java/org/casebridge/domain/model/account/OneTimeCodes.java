package org.casebridge.domain.model.account;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (TOTP, RFC 6238: HMAC-SHA1, six digits, 30-second steps), the second factor
 * of an account. Secrets are Base32 text as authenticator apps take them.
 */
public interface OneTimeCodes {

    /** A new random secret (160 bits), Base32 without padding. */
    String newSecret();

    /**
     * The time step whose code {@code code} is, among the step of {@code now}, the one before and the one
     * after (clocks of phones drift); empty when it is none of them or not six digits.
     */
    OptionalLong matchingStep(String secret, String code, Instant now);

    /** The {@code otpauth://} address an authenticator app reads from the QR code. */
    String provisioningUri(String secret, String issuer, String accountName);
}
