package org.casebridge.interfaces.account.rest;

/** What an authenticator app needs: the secret (Base32) and the otpauth address its QR code holds. */
public record SecondFactorEnrolmentDto(String secret, String otpauthUri) {
}
