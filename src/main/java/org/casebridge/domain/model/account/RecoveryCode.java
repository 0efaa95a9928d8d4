package org.casebridge.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * A one-time recovery code, for a user who lost the phone with their authenticator: 16 characters from
 * an alphabet without look-alikes (80 bits), shown once in groups of four, stored only as a salted
 * SHA-256 hash (a code this random needs no slow hash), and spent when used.
 */
@Embeddable
public class RecoveryCode {

    public static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "code_hash", nullable = false, length = 100)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    private RecoveryCode(String codeHash) {
        this.codeHash = codeHash;
    }

    /** A new code in clear (to show once, as {@code XXXX-XXXX-XXXX-XXXX}). */
    public static String newCode() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The stored form of {@code code}: a fresh salt and the hash of the normalised code. */
    public static RecoveryCode of(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return new RecoveryCode(b64.encodeToString(salt) + ":" + b64.encodeToString(digest(salt, normalise(code))));
    }

    /** Whether {@code typed} (any case, with or without dashes and spaces) is this code and it is unused. */
    public boolean matches(String typed) {
        if (usedAt != null || typed == null) {
            return false;
        }
        String[] parts = codeHash.split(":");
        Base64.Decoder b64 = Base64.getDecoder();
        return MessageDigest.isEqual(b64.decode(parts[1]), digest(b64.decode(parts[0]), normalise(typed)));
    }

    /** Whether {@code typed} looks like a recovery code rather than a six-digit code. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && normalise(typed).length() == LENGTH;
    }

    void use(Instant at) {
        this.usedAt = at;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    private static String normalise(String code) {
        StringBuilder s = new StringBuilder();
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c != '-' && c != ' ') {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
