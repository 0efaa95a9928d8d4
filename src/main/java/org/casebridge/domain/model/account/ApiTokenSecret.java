package org.casebridge.domain.model.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a personal API token: {@code cbt_} and 256 random bits (URL-safe Base64, 43 characters).
 * The prefix lets secret scanners recognise a leaked token. Only {@link #hash()} is stored: a secret
 * has enough entropy that one SHA-256 suffices (no slow password hash), so checking a token is a hash
 * and an indexed lookup. Its {@code toString} never shows the secret.
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "cbt_";
    private static final int BYTES = 32;
    /** The longest text accepted as a secret before hashing (the real ones are 47 characters). */
    public static final int MAX_LENGTH = 200;

    private final String value;

    private ApiTokenSecret(String value) {
        this.value = value;
    }

    public static ApiTokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new ApiTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A secret as a client sent it (unchecked: an unknown secret simply matches no token). */
    public static ApiTokenSecret presented(String value) {
        return new ApiTokenSecret(value == null ? "" : value);
    }

    /** The text to give the user, once. */
    public String reveal() {
        return value;
    }

    /** Lower-case hex SHA-256 of the secret, as stored. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "ApiTokenSecret[hidden]";
    }
}
